/**
 * How many rows of each kind a population has, computed exactly before any SQL runs: the status mix
 * of the applications, how many applicants apply twice (moving up a level), and how many endorsements
 * predate the system (no application) so that the endorsements add up to the number asked for.
 */

export type PopulationSize = { applications: number; endorsements: number; reviewers: number };

/** Application statuses and their share of all applications (ENDORSED is capped by `endorsements`). */
export const STATUS_SHARES = [
  ['ENDORSED', 0.45],
  ['DRAFT', 0.14],
  ['SUBMITTED', 0.05],
  ['IN_REVIEW', 0.09],
  ['CHANGES_REQUESTED', 0.04],
  ['RESUBMITTED', 0.02],
  ['EXAM_PENDING', 0.02],
  ['DENIED', 0.12],
  ['WITHDRAWN', 0.07],
] as const;

export type ApplicationStatusCode = (typeof STATUS_SHARES)[number][0];

/** Applicants who apply a second time, for the next level up, after their first endorsement. */
const SECOND_APPLICATION_SHARE = 0.15;

export type PopulationPlan = {
  applications: number;
  /** Applicants with an application: profiles 1..applicants; application n ≤ applicants is profile n's first. */
  applicants: number;
  /** Applicants 1..upgraders were endorsed first and applied again (applications applicants+1..). */
  upgraders: number;
  /** Endorsements granted before the system: profiles applicants+1..applicants+legacy, no application. */
  legacy: number;
  endorsedApplications: number;
  /** Statuses of the applications other than the upgraders' first ones, in rank order: [status, count]. */
  rankedStatuses: [ApplicationStatusCode, number][];
  reviewers: number;
};

export function planPopulation(size: PopulationSize): PopulationPlan {
  const given = {
    applications: size.applications,
    endorsements: size.endorsements,
    reviewers: size.reviewers,
  };
  for (const [name, value] of Object.entries(given))
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  const endorsed = Math.min(Math.round(size.applications * 0.45), size.endorsements);
  const upgraders = Math.min(Math.floor(size.applications * SECOND_APPLICATION_SHARE), endorsed);
  const ranked = size.applications - upgraders;
  const others = STATUS_SHARES.filter(([status]) => status !== 'ENDORSED');
  const counts = largestRemainder(
    ranked - (endorsed - upgraders),
    others.map(([, share]) => share),
  );
  return {
    applications: size.applications,
    applicants: size.applications - upgraders,
    upgraders,
    legacy: size.endorsements - endorsed,
    endorsedApplications: endorsed,
    rankedStatuses: [
      ['ENDORSED', endorsed - upgraders],
      ...others.map(([status], i): [ApplicationStatusCode, number] => [status, counts[i] ?? 0]),
    ],
    reviewers: size.reviewers,
  };
}

/** Splits `total` in proportion to `weights` into whole numbers that add up to `total`. */
function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
