import { type CompetencyDomain, competencyDomainsFor } from '@imh/competencies';
import type { Application } from '@imh/db';
import { editionById, targetOf } from '../applications/judge.ts';

/** The rubric a reviewer scores: the competency domains of the application's level in its edition. */
export const rubricFor = (app: Pick<Application, 'ruleEdition' | 'level' | 'track'>): CompetencyDomain[] =>
  competencyDomainsFor(editionById(app.ruleEdition), targetOf(app));

export type ReviewScore = { domainId: string; score: number };

/** Scores are stored as { domainId: score }; the API speaks in a list, in the rubric's order. */
export const scoresOf = (json: unknown): ReviewScore[] =>
  Object.entries((json ?? {}) as Record<string, number>).map(([domainId, score]) => ({ domainId, score }));
