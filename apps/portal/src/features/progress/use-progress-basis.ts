import { useQuery } from '@apollo/client/react';
import { type Edition, getEdition, type Portfolio, type Target } from '@imh/competencies';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import { todayIso } from './live-evaluation';
import {
  type ApplicationSummary,
  asPortfolio,
  defaultTarget,
  isPortfolioLocked,
  openApplication,
  withApplicationEvidence,
} from './model/progress-basis';

export const ProgressBasis_Data = graphql(`
  query ProgressBasis_Data {
    myProfile {
      id
      association {
        id
        ruleEdition
      }
    }
    myRulesPortfolio
    myApplications {
      id
      level
      track
      status
      editable
      editionId
      rulesPortfolio
    }
  }
`);

/** Everything the browser needs to judge the portfolio as the API would, today. */
export interface ProgressBasis {
  /** The applicant's portfolio, with the open application's references, agreements and exams. */
  portfolio: Portfolio;
  /** The edition that judges: the open application's, else the association's. */
  edition: Edition;
  /** The association's edition, which the API checks new training entries against. */
  ruleEdition: Edition;
  application: ApplicationSummary | null;
  /** An application is under review, so the API refuses every portfolio change. */
  locked: boolean;
  asOf: string;
  defaultTarget: Target;
}

/** The API names an edition this build of the portal does not carry (the portal is older than the API). */
export class UnknownEditionError extends Error {
  constructor(id: string) {
    super(`This portal does not know the rules edition ${id}; reload the page to get the newest version.`);
  }
}

export function useProgressBasis() {
  // cache-and-network: the portfolio changes on other pages (and in other tabs); show the last copy at once.
  const { data, loading, error, refetch } = useQuery(ProgressBasis_Data, {
    fetchPolicy: 'cache-and-network',
  });
  const asOf = todayIso();
  const built = useMemo((): { basis: ProgressBasis | null; problem: Error | null } => {
    const profile = data?.myProfile;
    if (!data || !profile) return { basis: null, problem: null };
    const application = openApplication(data.myApplications);
    const ruleEdition = getEdition(profile.association.ruleEdition);
    if (!ruleEdition)
      return { basis: null, problem: new UnknownEditionError(profile.association.ruleEdition) };
    const edition = application ? getEdition(application.editionId) : ruleEdition;
    if (!edition) return { basis: null, problem: new UnknownEditionError(application?.editionId ?? '') };
    const portfolio = withApplicationEvidence(asPortfolio(data.myRulesPortfolio), application);
    return {
      basis: {
        portfolio,
        edition,
        ruleEdition,
        application,
        locked: isPortfolioLocked(data.myApplications),
        asOf,
        defaultTarget: defaultTarget(portfolio, edition, asOf, application),
      },
      problem: null,
    };
  }, [data, asOf]);
  return {
    basis: built.basis,
    /** Loaded, but the person has no applicant profile (a staff account). */
    noProfile: Boolean(data && !data.myProfile),
    loading: loading && !data,
    error: error ?? built.problem,
    refetch,
  };
}
