import { graphql } from '../../../gql';
import type { RenewalPage_EndorsementQuery } from '../../../gql/graphql';

export const RenewalPage_Endorsement = graphql(`
  query RenewalPage_Endorsement($id: ID!) {
    managedEndorsement(id: $id) {
      id
      holderName
      holderEmail
      chapterName
      number
      level
      track
      status
      lapsedOn
      reinstatedOn
      policy {
        reinstatementReferences
      }
      standing {
        status
        year
        dueOn
        graceEndsOn
        reinstateUntil
        renewal {
          id
          kind
          status
          late
          message
          submittedAt
          codeOfEthicsAcceptedAt
          agreementAcceptedAt
          noSanctionAttestedAt
          extendedUntil
          extensionReason
          evaluation {
            year
            requirements {
              id
              label
              status
              reasons
              progress {
                have
                need
                unit
              }
            }
          }
        }
      }
      renewalEvaluation {
        year
        requirements {
          id
          label
          status
          reasons
          progress {
            have
            need
            unit
          }
        }
      }
      renewals {
        id
        year
        kind
        status
        late
        submittedAt
        decidedAt
        extendedUntil
      }
      yearTrainings {
        id
        date
        title
        provider
        hours
      }
      yearRsc {
        id
        startDate
        endDate
        providerName
        format
        hours
      }
    }
  }
`);

export type ManagedEndorsement = NonNullable<RenewalPage_EndorsementQuery['managedEndorsement']>;
export type OpenRenewal = NonNullable<ManagedEndorsement['standing']['renewal']>;
