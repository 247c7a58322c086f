import { useMutation } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { graphql } from '../../../gql';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';
import { formatDate, formatDay } from '../../application/format-date';
import { canResend, REFERENCE_STATUS, raterRoleWords } from '../rater-words';

const ReferencesTable_Resend = graphql(`
  mutation ReferencesTable_Resend($id: ID!) {
    resendReference(id: $id) {
      __typename
      ... on MutationResendReferenceSuccess {
        data {
          id
          status
          sentAt
          sendCount
          expiresAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Reference = ApplicationDetail_ApplicationFragment['references'][number];

export type Notice = { tone: 'error' | 'success'; message: string };

interface ReferencesTableProps {
  references: readonly Reference[];
  editable: boolean;
  onReplace: (reference: Reference) => void;
  /** What happened to the last action, shown once above the table. */
  onNotice: (notice: Notice | null) => void;
}

/** Who was asked and how far each request is; never what a rater answered. */
export const ReferencesTable = ({ references, editable, onReplace, onNotice }: ReferencesTableProps) => {
  const [resend, { loading }] = useMutation(ReferencesTable_Resend);

  const onResend = async (reference: Reference) => {
    onNotice(null);
    try {
      const { data } = await resend({ variables: { id: reference.id } });
      const result = data?.resendReference;
      if (result?.__typename === 'MutationResendReferenceSuccess') {
        onNotice({
          tone: 'success',
          message: `A new link went to ${reference.raterEmail}; the old one no longer works.`,
        });
      } else if (result) {
        onNotice({ tone: 'error', message: result.message });
      }
    } catch (e) {
      onNotice({ tone: 'error', message: describeRequestError(e) });
    }
  };

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Raters">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rater</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Known since</Table.Th>
            <Table.Th>Status</Table.Th>
            {editable && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {references.map((reference) => {
            const status = REFERENCE_STATUS[reference.status];
            return (
              <Table.Tr key={reference.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {reference.raterName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {reference.raterEmail}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{raterRoleWords(reference.raterRole)}</Text>
                  {reference.raterLevel && (
                    <Text size="xs" c="dimmed">
                      Endorsed {reference.raterLevel}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDay(reference.knownSince)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={status.color} variant="light">
                    {status.label}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    sent {formatDate(reference.sentAt)}
                  </Text>
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {canResend(reference.status) && (
                        <Button
                          size="xs"
                          variant="default"
                          disabled={loading}
                          onClick={() => onResend(reference)}
                        >
                          Resend
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => onReplace(reference)}>
                        Replace
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
