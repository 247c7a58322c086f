import type { ReviewRecommendation } from '../../gql/graphql';

/** The rubric's 1–5 scale; the blank first option means "not scored yet", which a draft may keep. */
export const SCORE_OPTIONS = [
  { value: '', label: 'Not scored yet' },
  { value: '1', label: '1 – not yet demonstrated' },
  { value: '2', label: '2 – emerging' },
  { value: '3', label: '3 – demonstrated' },
  { value: '4', label: '4 – demonstrated with depth' },
  { value: '5', label: '5 – consistently demonstrated' },
] as const;

export const RECOMMENDATION_LABELS: Record<ReviewRecommendation, string> = {
  ENDORSE: 'Endorse',
  REQUEST_CHANGES: 'Request changes',
  DENY: 'Deny',
};

export const RECOMMENDATION_OPTIONS = [
  { value: '', label: 'Choose a recommendation' },
  ...(Object.entries(RECOMMENDATION_LABELS) as [ReviewRecommendation, string][]).map(([value, label]) => ({
    value,
    label,
  })),
];

export const scoreLabel = (score: number | null | undefined): string =>
  SCORE_OPTIONS.find((option) => option.value === String(score))?.label ?? 'Not scored';
