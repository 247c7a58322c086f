import type { ReferenceRatingInput } from '../../gql/graphql';

/** A radio value: "1" to "5", or NOT_ENOUGH for "Not enough information". */
export type Answer = '1' | '2' | '3' | '4' | '5' | typeof NOT_ENOUGH;
export const NOT_ENOUGH = 'not-enough';

export const ANSWER_OPTIONS: readonly { value: Answer; label: string }[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5' },
  { value: NOT_ENOUGH, label: 'Not enough information' },
];

type Domains = readonly { competencies: readonly { id: string }[] }[];

const competencyIds = (domains: Domains): string[] => domains.flatMap((d) => d.competencies.map((c) => c.id));

/** How many competencies still have no answer; the server refuses the form until this is 0. */
export const unansweredCount = (domains: Domains, answers: Readonly<Record<string, Answer>>): number =>
  competencyIds(domains).filter((id) => !answers[id]).length;

export const isAnswer = (value: string): value is Answer => ANSWER_OPTIONS.some((o) => o.value === value);

/** One entry per competency on the form, "not enough information" as a null rating. */
export const toRatingInput = (
  domains: Domains,
  answers: Readonly<Record<string, Answer>>,
  knownSince: string,
  comments: string,
): ReferenceRatingInput => ({
  knownSince,
  comments: comments.trim() === '' ? null : comments.trim(),
  ratings: competencyIds(domains).map((competencyId) => {
    const answer = answers[competencyId];
    return { competencyId, rating: !answer || answer === NOT_ENOUGH ? null : Number(answer) };
  }),
});
