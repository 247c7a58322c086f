/**
 * Input checks the API runs before evaluating, so a user sees "end date before start date" instead of
 * an evaluation that silently ignores the entry (or a RangeError for a date that does not exist).
 */
import { isIsoDate } from './dates';
import type { Portfolio } from './portfolio';

export interface PortfolioIssue {
  /** e.g. "work[2].endDate" */
  path: string;
  message: string;
}

export function validatePortfolio(portfolio: Portfolio): PortfolioIssue[] {
  const issues: PortfolioIssue[] = [];
  const date = (path: string, value: string | undefined) => {
    if (value !== undefined && !isIsoDate(value))
      issues.push({ path, message: `${value} is not a date (YYYY-MM-DD).` });
  };
  const period = (path: string, start: string, end: string | undefined) => {
    date(`${path}.startDate`, start);
    date(`${path}.endDate`, end);
    // ISO dates of the same format compare correctly as strings.
    if (end !== undefined && isIsoDate(start) && isIsoDate(end) && end < start) {
      issues.push({ path: `${path}.endDate`, message: 'The end date is before the start date.' });
    }
  };
  const hours = (path: string, value: number, max: number) => {
    if (!Number.isFinite(value) || value < 0 || value > max)
      issues.push({ path, message: `Hours must be between 0 and ${max}.` });
  };
  for (const [i, e] of portfolio.education.entries()) date(`education[${i}].completedOn`, e.completedOn);
  for (const [i, w] of portfolio.work.entries()) {
    period(`work[${i}]`, w.startDate, w.endDate);
    hours(`work[${i}].hoursPerWeek`, w.hoursPerWeek, 168);
  }
  for (const [i, l] of portfolio.leadership.entries()) period(`leadership[${i}]`, l.startDate, l.endDate);
  for (const [i, t] of portfolio.trainings.entries()) {
    date(`trainings[${i}].date`, t.date);
    hours(`trainings[${i}].hours`, t.hours, 10_000);
  }
  for (const [i, r] of portfolio.rsc.entries()) {
    period(`rsc[${i}]`, r.startDate, r.endDate);
    hours(`rsc[${i}].hours`, r.hours, 10_000);
  }
  for (const [i, r] of portfolio.references.entries()) {
    date(`references[${i}].knownSince`, r.knownSince);
    date(`references[${i}].receivedOn`, r.receivedOn);
  }
  for (const [i, a] of portfolio.agreements.entries()) date(`agreements[${i}].signedOn`, a.signedOn);
  for (const [i, m] of portfolio.memberships.entries()) period(`memberships[${i}]`, m.startDate, m.endDate);
  for (const [i, e] of portfolio.exams.entries()) date(`exams[${i}].takenOn`, e.takenOn);
  return issues;
}
