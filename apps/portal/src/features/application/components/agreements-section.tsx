import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type {
  AgreementDocument,
  ApplicationDetail_ApplicationFragment,
  ApplicationDetail_DataQuery,
} from '../../../gql/graphql';
import { formatDate } from '../format-date';

const AgreementsSection_Accept = graphql(`
  mutation AgreementsSection_Accept($applicationId: ID!, $document: AgreementDocument!, $version: String!) {
    acceptAgreement(applicationId: $applicationId, document: $document, version: $version) {
      __typename
      ... on MutationAcceptAgreementSuccess {
        data {
          ...ApplicationDetail_Application
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Application = ApplicationDetail_ApplicationFragment;
type Agreement = ApplicationDetail_DataQuery['agreements'][number];

/** What this application recorded for a document: the version accepted and when. */
const acceptanceOf = (application: Application, document: AgreementDocument) =>
  document === 'CODE_OF_ETHICS'
    ? { version: application.codeOfEthicsVersion, at: application.codeOfEthicsAcceptedAt }
    : { version: application.agreementVersion, at: application.agreementAcceptedAt };

export const AgreementsSection = ({
  application,
  agreements,
}: {
  application: Application;
  agreements: readonly Agreement[];
}) => (
  <Stack component="section" id="agreements" aria-labelledby="agreements-heading" gap="sm">
    <Title order={3} id="agreements-heading">
      Agreements
    </Title>
    {application.editable && (
      <Text size="sm" c="dimmed">
        Read both texts and accept them for this application; the version you accept is recorded with it.
      </Text>
    )}
    {agreements.map((agreement) => (
      <AgreementCard key={agreement.document} application={application} agreement={agreement} />
    ))}
  </Stack>
);

const AgreementCard = ({ application, agreement }: { application: Application; agreement: Agreement }) => {
  const [accept, { loading }] = useMutation(AgreementsSection_Accept);
  const [error, setError] = useState<string | null>(null);
  // Ticked at once, so the box does not flicker back while the server records the acceptance.
  const [ticked, setTicked] = useState(false);
  const accepted = acceptanceOf(application, agreement.document);
  // An acceptance of an older wording stays on record, but the current one still needs accepting.
  const acceptedNow = accepted.version === agreement.version && Boolean(accepted.at);

  const onAccept = async () => {
    setError(null);
    try {
      const { data } = await accept({
        variables: {
          applicationId: application.id,
          document: agreement.document,
          version: agreement.version,
        },
      });
      const result = data?.acceptAgreement;
      if (result && result.__typename !== 'MutationAcceptAgreementSuccess') {
        setTicked(false);
        setError(result.message);
      }
    } catch (e) {
      setTicked(false);
      setError(describeRequestError(e));
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{agreement.title}</Title>
        <List size="sm" spacing={4}>
          {agreement.paragraphs.map((paragraph) => (
            <List.Item key={paragraph}>{paragraph}</List.Item>
          ))}
        </List>
        {(application.editable || acceptedNow) && (
          // Stays on screen once accepted (ticked, locked), so the page does not jump under the pointer.
          <Checkbox
            label={`I have read and accept the ${agreement.title} (version ${agreement.version})`}
            checked={acceptedNow || ticked}
            disabled={loading || acceptedNow || !application.editable}
            onChange={(event) => {
              if (!event.currentTarget.checked) return;
              setTicked(true);
              void onAccept();
            }}
          />
        )}
        {accepted.version && accepted.at ? (
          <Text size="sm" c="teal.8" fw={500}>
            Accepted {formatDate(accepted.at)}, version {accepted.version}
          </Text>
        ) : (
          !application.editable && (
            <Text size="sm" c="dimmed">
              Not accepted.
            </Text>
          )
        )}
        <FormAlert message={error} />
      </Stack>
    </Paper>
  );
};
