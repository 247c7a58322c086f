import type { Ledger } from './ledger.ts';
import type { LoadWorld } from './load-world.ts';
import type { Metrics } from './metrics.ts';

/** What every virtual user shares: the world, the ledger, the metrics, and when to stop. */
export type VuEnv = {
  world: LoadWorld;
  ledger: Ledger;
  metrics: Metrics;
  baseUrl: () => string;
  timeoutMs: number;
  /** The chance that an applicant presses Submit twice at once. */
  doublePress: number;
  /** The share of applicants who arrive with a draft ready to submit. */
  readyShare: number;
  running(): boolean;
  /** A short random pause between one person's actions; a longer one after a failure, as people wait. */
  think(afterFailure?: boolean): Promise<void>;
};
