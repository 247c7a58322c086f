import type { ReviewInput, ReviewRecommendation } from '../../gql/graphql';

export interface RubricDomain {
  id: string;
  name: string;
}

/**
 * The form keeps scores as a list in the rubric's order rather than keyed by domain id, so an id with
 * a dot in it never becomes a nested path in react-hook-form.
 */
export interface ReviewFormValues {
  scores: string[];
  comments: string;
  recommendation: ReviewRecommendation | '';
}

interface SavedReview {
  scores?: ReadonlyArray<{ domainId: string; score: number }> | null;
  comments?: string | null;
  recommendation?: ReviewRecommendation | null;
}

export const toFormValues = (domains: readonly RubricDomain[], review: SavedReview | null | undefined) => {
  const saved = new Map((review?.scores ?? []).map((s) => [s.domainId, s.score]));
  return {
    scores: domains.map((d) => (saved.has(d.id) ? String(saved.get(d.id)) : '')),
    comments: review?.comments ?? '',
    recommendation: review?.recommendation ?? '',
  } satisfies ReviewFormValues;
};

/** A draft may be partial: unscored domains are left out rather than sent as blanks. */
export const toReviewInput = (domains: readonly RubricDomain[], values: ReviewFormValues): ReviewInput => ({
  scores: domains.flatMap((domain, i) => {
    const score = Number(values.scores[i]);
    return values.scores[i] && Number.isInteger(score) ? [{ domainId: domain.id, score }] : [];
  }),
  comments: values.comments.trim() || null,
  recommendation: values.recommendation || null,
});

export type ReviewFieldName = `scores.${number}` | 'comments' | 'recommendation';

/** What submitting needs that the form lacks, in the server's words, so the two never disagree. */
export const missingForSubmit = (domains: readonly RubricDomain[], values: ReviewFormValues) => [
  ...domains.flatMap((domain, i) =>
    values.scores[i] ? [] : [{ name: `scores.${i}` as ReviewFieldName, message: `Score ${domain.name}.` }],
  ),
  ...(values.recommendation
    ? []
    : [{ name: 'recommendation' as ReviewFieldName, message: 'Choose a recommendation.' }]),
];

/**
 * Places the server's field errors on the form. submitReview names a domain (`scores.<domainId>`);
 * saveReview names the position in the list it was sent (`scores.<i>.domainId`), which `sent` maps
 * back to a domain.
 */
export const placeServerErrors = (
  domains: readonly RubricDomain[],
  sent: ReviewInput | null,
  fieldErrors: ReadonlyArray<{ path: string; message: string }>,
) => {
  const placed: { name: ReviewFieldName; message: string }[] = [];
  const unplaced: string[] = [];
  for (const { path, message } of fieldErrors) {
    const [head = '', ...rest] = path.replace(/^input\./, '').split('.');
    if (head === 'comments' || head === 'recommendation') {
      placed.push({ name: head, message });
      continue;
    }
    // A domain id may itself contain dots, so the rest of the path is rejoined before matching.
    const key = rest.join('.');
    const position = /^(\d+)(\.domainId|\.score)?$/.exec(key)?.[1];
    const domainId = position === undefined ? key : sent?.scores[Number(position)]?.domainId;
    const index = domains.findIndex((d) => d.id === domainId);
    if (head === 'scores' && index >= 0) placed.push({ name: `scores.${index}`, message });
    else unplaced.push(message);
  }
  return { placed, unplaced };
};
