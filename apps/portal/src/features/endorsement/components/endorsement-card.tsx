import { Card, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../../../gql';
import type { ApplicationDetail_DataQuery, EndorsementCard_EndorsementFragment } from '../../../gql/graphql';
import type { SectionEnv } from '../../portfolio/sections/section-config';
import { isRenewable, STANDING_WORDS } from '../standing-words';
import { LapsedNotice } from './lapsed-notice';
import { PastRenewals } from './past-renewals';
import { RenewalAgreements } from './renewal-agreements';
import { RenewalRequirements } from './renewal-requirements';
import { RenewalSubmit } from './renewal-submit';
import { StandingSummary } from './standing-summary';
import { YearHoursSection } from './year-hours-section';

graphql(`
  fragment EndorsementCard_Endorsement on Endorsement {
    id
    number
    level
    track
    status
    startsOn
    expiresOn
    graceEndsOn
    lapsedOn
    reinstatedOn
    standing {
      status
      year
      dueOn
      graceEndsOn
      lapsedOn
      reinstateUntil
      canReinstate
      renewal {
        id
        year
        kind
        status
        late
        message
        submittedAt
        decidedAt
        codeOfEthicsAcceptedAt
        agreementAcceptedAt
        noSanctionAttestedAt
      }
    }
    renewalEvaluation {
      editionId
      year
      dueOn
      met
      requirements {
        id
        label
        status
        progress {
          have
          need
          unit
        }
        reasons
      }
    }
    renewals {
      id
      year
      kind
      status
      late
      submittedAt
    }
    policy {
      graceDays
      reminderDays
      reinstatementDays
      reinstatementReferences
      renewalFee
      lateFee
    }
    yearTrainings {
      id
      title
      date
      hours
    }
    yearRsc {
      id
      providerName
      startDate
      endDate
      hours
    }
  }
`);

export type Endorsement = EndorsementCard_EndorsementFragment;
/** The same texts and versions the application's agreements section shows. */
export type Agreement = ApplicationDetail_DataQuery['agreements'][number];

/** One endorsement: where it stands, this year's renewal step by step, and the years before. */
export const EndorsementCard = ({
  endorsement,
  agreements,
  env,
}: {
  endorsement: Endorsement;
  agreements: readonly Agreement[];
  env: SectionEnv;
}) => {
  const titleId = useId();
  const { standing } = endorsement;
  const lapsed = standing.status === 'LAPSED';
  const renewable = isRenewable(standing);
  const closedByAssociation = standing.status === 'INACTIVE' || standing.status === 'REVOKED';
  const past = endorsement.renewals.filter((r) => r.id !== standing.renewal?.id);

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="xl">
        <StandingSummary endorsement={endorsement} editionId={env.edition.id} titleId={titleId} />
        {renewable && (
          <>
            <RenewalRequirements evaluation={endorsement.renewalEvaluation} lapsed={lapsed} />
            <YearHoursSection endorsement={endorsement} env={env} />
            <RenewalAgreements endorsement={endorsement} agreements={agreements} />
          </>
        )}
        {lapsed && <LapsedNotice endorsement={endorsement} />}
        {renewable && <RenewalSubmit endorsement={endorsement} kind={lapsed ? 'REINSTATEMENT' : 'RENEWAL'} />}
        {closedByAssociation && (
          <Text size="sm">
            {`This endorsement is ${STANDING_WORDS[standing.status].toLowerCase()}: ask your association's endorsement coordinator about it.`}
          </Text>
        )}
        <PastRenewals renewals={past} />
      </Stack>
    </Card>
  );
};
