import { builder } from '../builder.ts';
import './scalars.ts';
import './error-types.ts';
import './associations.ts';
import './users.ts';
import './user-admin.ts';
import './auth.ts';
import './profile.ts';
import './portfolio/index.ts';
import './evaluation.ts';
import './outbox.ts';
import './applications.ts';
import './application-mutations.ts';
import './application-review.ts';
import './assignments.ts';
import './reviews.ts';
import './decisions.ts';
import './references.ts';
import './rating-form.ts';
import './notifications.ts';
import './queue.ts';
import './reviewers.ts';
import './audit-trail.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: true });
