/**
 * Which competency domains a portfolio's trainings cover for a level and track. Coverage is guidance
 * for the applicant and the reviewer ("as many hours as necessary to document the competencies"):
 * no published rule makes a number of domains a condition, so it is not an eligibility requirement.
 * Reflection, Working with Others and Thinking are shown by references as much as by training
 * (domain.md), so a missing domain is a prompt, not a failure.
 */
import { type IsoDate, toDay } from './dates';
import type { Edition } from './editions/edition';
import { competencyDomainsFor } from './editions/index';
import type { Target } from './levels';
import type { Portfolio } from './portfolio';

export interface DomainCoverage {
  domainId: string;
  name: string;
  hours: number;
  trainingIds: string[];
}

export interface TrainingCoverage {
  covered: DomainCoverage[];
  /** Domains that apply to the target and that no training covers. */
  missing: { domainId: string; name: string }[];
  /** Domain ids on trainings that do not apply to the target (or are unknown to the edition). */
  outside: string[];
}

export function trainingCoverage(
  portfolio: Portfolio,
  target: Target,
  options: { asOf: IsoDate; edition: Edition },
): TrainingCoverage {
  const asOf = toDay(options.asOf);
  const domains = competencyDomainsFor(options.edition, target);
  const byId = new Map<string, DomainCoverage>();
  for (const domain of domains)
    byId.set(domain.id, { domainId: domain.id, name: domain.name, hours: 0, trainingIds: [] });
  const outside = new Set<string>();
  for (const training of portfolio.trainings) {
    if (toDay(training.date) > asOf) continue;
    for (const id of training.domains) {
      const entry = byId.get(id);
      if (!entry) {
        outside.add(id);
        continue;
      }
      // A training on several domains counts its full hours toward each: the hours show depth, not a budget.
      entry.hours += training.hours;
      entry.trainingIds.push(training.id);
    }
  }
  const covered: DomainCoverage[] = [];
  const missing: TrainingCoverage['missing'] = [];
  for (const entry of byId.values()) {
    if (entry.trainingIds.length > 0)
      covered.push({
        ...entry,
        hours: Math.round(entry.hours * 100) / 100,
        trainingIds: [...entry.trainingIds].sort(),
      });
    else missing.push({ domainId: entry.domainId, name: entry.name });
  }
  return { covered, missing, outside: [...outside].sort() };
}
