import type { LevelCode, RenewalBucket, RenewalFilter } from '../../gql/graphql';
import { LEVELS } from '../queue/queue-params';
import { RENEWAL_BUCKETS } from './bucket-words';

/** What the renewals dashboard shows, as the page's URL carries it (`bucket`, `level`, `chapter`). */
export interface RenewalView {
  bucket: RenewalBucket;
  level: LevelCode | null;
  chapterId: string | null;
}

// Submitted renewals are the ones waiting for the coordinator, so the dashboard opens on them.
export const DEFAULT_BUCKET: RenewalBucket = 'SUBMITTED';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the view from the URL; anything malformed falls back to the default rather than reach the API. */
export const readRenewalView = (params: URLSearchParams): RenewalView => ({
  bucket: oneOf(RENEWAL_BUCKETS, params.get('bucket')) ?? DEFAULT_BUCKET,
  level: oneOf(LEVELS, params.get('level')),
  chapterId: params.get('chapter')?.trim() || null,
});

const withoutBlanks = (entries: Record<string, string | null>) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value) params.set(name, value);
  return params;
};

/** The view as URL parameters, leaving out what is unset and the default bucket. */
export const writeRenewalView = (view: RenewalView): URLSearchParams =>
  withoutBlanks({
    bucket: view.bucket === DEFAULT_BUCKET ? null : view.bucket,
    level: view.level,
    chapter: view.chapterId,
  });

/** The GraphQL `RenewalFilter` the counts and the table share. */
export const toRenewalFilter = (view: RenewalView): RenewalFilter => ({
  level: view.level,
  chapterId: view.chapterId,
});

export const RENEWALS_CSV_PATH = '/api/exports/renewals.csv';

/**
 * The CSV of the bucket the table shows. The export always names its bucket, and calls the chapter
 * `chapterId` like the queue's export does.
 */
export const renewalsCsvUrl = (view: RenewalView): string =>
  `${RENEWALS_CSV_PATH}?${withoutBlanks({ bucket: view.bucket, level: view.level, chapterId: view.chapterId })}`;
