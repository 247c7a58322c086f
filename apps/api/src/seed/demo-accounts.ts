import type { Role } from '@imh/db';

/** Every demo account signs in with this password; printed by `npm start` and listed in the README. */
export const DEMO_PASSWORD = 'endorse-demo-2026';

export type DemoAccount = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Michigan's, unless it says Virginia. */
  association?: 'VA';
  chapter?: string;
  note: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: 'demo-coordinator',
    email: 'coordinator@demo.imh',
    name: 'Carmen Ortiz',
    roles: ['COORDINATOR'],
    note: 'endorsement coordinator (admin console)',
  },
  {
    id: 'demo-reviewer-1',
    email: 'reviewer1@demo.imh',
    name: 'Ruth Bakker',
    roles: ['REVIEWER'],
    note: 'reviewer, endorsed IMHM-Clinical',
  },
  {
    id: 'demo-reviewer-2',
    email: 'reviewer2@demo.imh',
    name: 'Samuel Osei',
    roles: ['REVIEWER'],
    note: 'reviewer, endorsed IMHS',
  },
  {
    id: 'demo-analyst',
    email: 'analyst@demo.imh',
    name: 'Nadia Haddad',
    roles: ['CHAPTER_ANALYST'],
    chapter: 'Detroit Metro',
    note: 'chapter analyst, Detroit Metro',
  },
  {
    id: 'demo-analyst-va',
    email: 'va.analyst@demo.imh',
    name: 'Tomás Rivera',
    roles: ['CHAPTER_ANALYST'],
    association: 'VA',
    chapter: 'Richmond',
    note: "chapter analyst, Richmond (Virginia's generated register)",
  },
  {
    id: 'demo-applicant-new',
    email: 'new.applicant@demo.imh',
    name: 'Avery Nguyen',
    roles: ['APPLICANT'],
    chapter: 'Washtenaw',
    note: 'applicant who has just signed up',
  },
  {
    id: 'demo-applicant-draft',
    email: 'draft.applicant@demo.imh',
    name: 'Blake Moreno',
    roles: ['APPLICANT'],
    chapter: 'Detroit Metro',
    note: 'applicant with a draft IFS application, one rater asked',
  },
  {
    id: 'demo-applicant-submitted',
    email: 'submitted.applicant@demo.imh',
    name: 'Dana Kowalski',
    roles: ['APPLICANT'],
    chapter: 'Grand Rapids',
    note: 'applicant whose IMHS application is in review',
  },
  {
    id: 'demo-applicant-endorsed',
    email: 'endorsed.applicant@demo.imh',
    name: 'Elena Fischer',
    roles: ['APPLICANT', 'REVIEWER'],
    chapter: 'Lansing',
    note: 'endorsed IFA, renewal due soon; also a reviewer',
  },
  {
    id: 'demo-renewal-submitted',
    email: 'renewal.submitted@demo.imh',
    name: 'Grace Lindqvist',
    roles: ['APPLICANT'],
    chapter: 'Grand Rapids',
    note: 'endorsed IFS, renewal submitted, waiting for approval',
  },
  {
    id: 'demo-renewal-overdue',
    email: 'renewal.overdue@demo.imh',
    name: 'Marcus Bell',
    roles: ['APPLICANT'],
    chapter: 'Upper Peninsula',
    note: 'endorsed IFS, renewal overdue, extension granted',
  },
  {
    id: 'demo-renewal-lapsed',
    email: 'renewal.lapsed@demo.imh',
    name: 'Priya Raman',
    roles: ['APPLICANT'],
    chapter: 'Washtenaw',
    note: 'endorsed IMHS, lapsed; may ask to be reinstated',
  },
  {
    id: 'demo-renewal-renewed',
    email: 'renewal.renewed@demo.imh',
    name: 'Owen Price',
    roles: ['APPLICANT'],
    chapter: 'Detroit Metro',
    note: 'endorsed IMHM-Clinical, renewed this year',
  },
];
