import { useMutation, useQuery } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReviewersSection_SuggestQuery } from '../../../gql/graphql';
import { formatDate } from '../../queue/format-date';
import type { ApplicationDetail } from './application-query';
import { OverrideModal, type PendingOverride } from './override-modal';
import {
  ReviewersSection_Assign,
  ReviewersSection_Suggest,
  ReviewersSection_Unassign,
} from './reviewer-mutations';
import { Section } from './section';

type Suggestion = ReviewersSection_SuggestQuery['suggestReviewers'][number];

const ASSIGNMENT_WORDS = { ASSIGNED: 'Assigned', COMPLETED: 'Review submitted', WITHDRAWN: 'Withdrawn' };
// The API's ceiling: every qualified reviewer of a demo-sized association fits.
const ALL_REVIEWERS = 20;

interface ReviewersSectionProps {
  application: ApplicationDetail;
  onChanged: () => Promise<unknown>;
}

/** Who reviews this application: assign from the suggestion or by hand, with conflicts overridden on purpose. */
export const ReviewersSection = ({ application, onChanged }: ReviewersSectionProps) => {
  const [showSuggestions, setShowSuggestions] = useState(false);
  const suggestions = useQuery(ReviewersSection_Suggest, {
    variables: { applicationId: application.id, count: 2 },
    skip: !showSuggestions,
    fetchPolicy: 'network-only',
  });
  const everyone = useQuery(ReviewersSection_Suggest, {
    variables: { applicationId: application.id, count: ALL_REVIEWERS },
    fetchPolicy: 'network-only',
  });
  const [assign] = useMutation(ReviewersSection_Assign);
  const [unassign] = useMutation(ReviewersSection_Unassign);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const [override, setOverride] = useState<PendingOverride | null>(null);

  const refresh = () =>
    Promise.all([onChanged(), everyone.refetch(), showSuggestions && suggestions.refetch()]);

  /** Returns the error to show, or null when assigned; a conflict opens the override dialog instead. */
  const runAssign = async (reviewer: { id: string; name: string }, overrideReason?: string) => {
    setError(null);
    try {
      const { data } = await assign({
        variables: { applicationId: application.id, reviewerId: reviewer.id, overrideReason },
      });
      const result = data?.assignReviewer;
      if (result?.__typename === 'MutationAssignReviewerSuccess') {
        setOverride(null);
        setPicked('');
        await refresh();
        return null;
      }
      if (result?.__typename === 'ConflictOfInterestError' && !overrideReason) {
        setOverride({ reviewerId: reviewer.id, reviewerName: reviewer.name, reasons: result.reasons });
        return null;
      }
      return result && 'message' in result ? result.message : 'The reviewer could not be assigned.';
    } catch (e) {
      return describeRequestError(e);
    }
  };

  const assignSuggestion = async (s: Suggestion) => {
    // A known conflict goes straight to the override dialog rather than a refused request.
    if (s.conflicted) {
      setOverride({ reviewerId: s.reviewer.id, reviewerName: s.reviewer.name, reasons: s.conflicts });
      return;
    }
    setBusy(s.reviewer.id);
    setError(await runAssign(s.reviewer));
    setBusy(null);
  };

  const assignPicked = async () => {
    const s = everyone.data?.suggestReviewers.find((x) => x.reviewer.id === picked);
    if (!s) {
      setError('Choose a reviewer first.');
      return;
    }
    await assignSuggestion(s);
  };

  const runUnassign = async (assignmentId: string) => {
    setError(null);
    setBusy(assignmentId);
    try {
      const { data } = await unassign({ variables: { assignmentId } });
      const result = data?.unassignReviewer;
      if (result?.__typename === 'MutationUnassignReviewerSuccess') await refresh();
      else if (result && 'message' in result) setError(result.message);
    } catch (e) {
      setError(describeRequestError(e));
    }
    setBusy(null);
  };

  const assignments = (application.assignments ?? []).filter((a) => a.status !== 'WITHDRAWN');

  return (
    <Section title="Reviewers">
      <FormAlert message={error} />
      {assignments.length === 0 ? (
        <Text>No reviewer assigned.</Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label="Assigned reviewers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reviewer</Table.Th>
              <Table.Th scope="col">Due</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assignments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  {a.reviewer.name}
                  {a.overrideReason && (
                    <Text size="xs" c="dimmed">
                      Conflict overridden: {a.overrideReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {formatDate(a.dueAt)}
                    {a.overdue && (
                      <Badge color="red" size="sm">
                        Overdue
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{ASSIGNMENT_WORDS[a.status]}</Table.Td>
                <Table.Td>
                  {a.status === 'ASSIGNED' && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      loading={busy === a.id}
                      onClick={() => runUnassign(a.id)}
                      aria-label={`Unassign ${a.reviewer.name}`}
                    >
                      Unassign
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="light" onClick={() => setShowSuggestions(true)} loading={suggestions.loading}>
          Suggest reviewers
        </Button>
      </Group>
      {showSuggestions && suggestions.data && (
        <Stack gap="xs" aria-label="Suggested reviewers" role="list">
          {suggestions.data.suggestReviewers.length === 0 && <Text>No qualified reviewer is free.</Text>}
          {suggestions.data.suggestReviewers.map((s) => (
            <Paper key={s.reviewer.id} withBorder p="xs" radius="md" role="listitem">
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={500}>{s.reviewer.name}</Text>
                  <Text size="xs" c="dimmed">
                    {s.openAssignments} open {s.openAssignments === 1 ? 'assignment' : 'assignments'}
                  </Text>
                  {s.conflicts.map((c) => (
                    <Text key={c.kind + c.detail} size="xs" c="red">
                      Conflict: {s.reviewer.name} {c.detail}
                    </Text>
                  ))}
                </div>
                <Button
                  size="xs"
                  variant={s.conflicted ? 'outline' : 'filled'}
                  color={s.conflicted ? 'red' : undefined}
                  loading={busy === s.reviewer.id}
                  onClick={() => assignSuggestion(s)}
                >
                  Assign {s.reviewer.name}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Group align="flex-end">
        <NativeSelect
          label="Reviewer"
          description="Every reviewer qualified for this level"
          value={picked}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={[
            { value: '', label: everyone.loading ? 'Loading…' : 'Choose a reviewer' },
            ...(everyone.data?.suggestReviewers ?? []).map((s) => ({
              value: s.reviewer.id,
              label: `${s.reviewer.name} (${s.openAssignments} open${s.conflicted ? ', conflict' : ''})`,
            })),
          ]}
          w={320}
        />
        <Button variant="default" onClick={assignPicked} loading={busy === picked && picked !== ''}>
          Assign
        </Button>
      </Group>
      {override && (
        <OverrideModal
          pending={override}
          onCancel={() => setOverride(null)}
          onConfirm={(reason) => runAssign({ id: override.reviewerId, name: override.reviewerName }, reason)}
        />
      )}
    </Section>
  );
};
