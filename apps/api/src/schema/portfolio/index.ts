// The applicant's portfolio: one file per section, each adding its list to ApplicantProfile and its
// create/update/delete mutations.
import './education.ts';
import './work.ts';
import './trainings.ts';
import './rsc.ts';
import './leadership.ts';
import './memberships.ts';
import './documents.ts';
