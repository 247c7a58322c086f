import type { Portfolio } from '@imh/competencies';

export interface PortfolioTable {
  title: string;
  columns: string[];
  rows: string[][];
}

const DEGREES: Record<string, string> = {
  NONE: 'None',
  ASSOCIATE: 'Associate',
  BACHELOR: "Bachelor's",
  MASTER: "Master's",
  POST_GRADUATE: 'Post-graduate',
};

const WORK_KINDS: Record<string, string> = {
  INFANT_FAMILY_FIELD: 'Infant and family field',
  PREVENTION_EARLY_INTERVENTION: 'Prevention / early intervention',
  IMH_SERVICES: 'IMH services',
  PROVIDING_RSC: 'Providing RSC',
  PRACTICE_LEADER: 'Practice leader',
  POLICY_LEADER: 'Policy leader',
  TEACHING_RESEARCH: 'Teaching / research',
  OTHER: 'Other',
};

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const text = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : String(value);
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

/**
 * The portfolio as reviewers read it: one table per section, in the applicant portal's order. The API
 * sends it as JSON in @imh/competencies' shape; a missing section reads as empty.
 */
export const portfolioTables = (portfolio: Partial<Portfolio> | null | undefined): PortfolioTable[] => {
  const p = portfolio ?? {};
  return [
    {
      title: 'Education',
      columns: ['Degree', 'Field', 'Institution', 'Completed'],
      rows: (p.education ?? []).map((e) => [
        DEGREES[e.degree] ?? e.degree,
        text(e.field),
        text(e.institution),
        e.completedOn ?? 'In progress',
      ]),
    },
    {
      title: 'Work experience',
      columns: ['Role', 'Employer', 'Kind', 'Paid', 'Supervised', 'From', 'To', 'Hours/week', 'Families'],
      rows: (p.work ?? []).map((w) => [
        w.role,
        text(w.employer),
        WORK_KINDS[w.kind] ?? w.kind,
        yesNo(w.paid),
        yesNo(w.supervised),
        w.startDate,
        w.endDate ?? 'Ongoing',
        text(w.hoursPerWeek),
        text(w.familiesServed),
      ]),
    },
    {
      title: 'In-service training',
      columns: ['Title', 'Date', 'Hours', 'Domains', 'Topics'],
      rows: (p.trainings ?? []).map((t) => [
        t.title,
        t.date,
        text(t.hours),
        t.domains.join(', ') || '—',
        t.topics.map(words).join(', ') || '—',
      ]),
    },
    {
      title: 'Reflective supervision/consultation',
      columns: ['From', 'To', 'Hours', 'Format', 'Provider', 'Provider endorsement', 'Peer', 'About own RSC'],
      rows: (p.rsc ?? []).map((r) => [
        r.startDate,
        r.endDate,
        text(r.hours),
        words(r.format),
        text(r.provider.name),
        r.provider.endorsement
          ? [r.provider.endorsement.level, r.provider.endorsement.track].filter(Boolean).join(' ')
          : 'Not endorsed',
        yesNo(r.peer),
        yesNo(r.aboutApplicantsOwnRsc),
      ]),
    },
    {
      title: 'Leadership',
      columns: ['Activity', 'Scope', 'From', 'To'],
      rows: (p.leadership ?? []).map((l) => [
        l.description,
        words(l.scope),
        l.startDate,
        l.endDate ?? 'Ongoing',
      ]),
    },
    {
      title: 'Memberships',
      columns: ['Association', 'From', 'To'],
      rows: (p.memberships ?? []).map((m) => [text(m.association), m.startDate, m.endDate]),
    },
  ];
};
