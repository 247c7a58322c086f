import { builder } from '../builder.ts';
import './scalars.ts';
import './error-types.ts';
import './associations.ts';
import './users.ts';
import './user-admin.ts';
import './auth.ts';
import './profile.ts';
import './evaluation.ts';
import './outbox.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: true });
