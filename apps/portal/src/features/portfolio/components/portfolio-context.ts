import { useOutletContext } from 'react-router';
import type { ProgressBasis } from '../../progress/use-progress-basis';
import type { SectionEnv } from '../sections/section-config';

/** What the portfolio page hands every section (through the router outlet). */
export interface PortfolioContext {
  basis: ProgressBasis;
  env: SectionEnv;
  /** Under review: the API refuses every change, so nothing offers one. */
  locked: boolean;
  /** The API refused a change because an application went to review since the page loaded. */
  markLocked: (message: string) => void;
}

export const usePortfolioContext = () => useOutletContext<PortfolioContext>();
