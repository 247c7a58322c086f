import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { formatDate } from '../format-date';
import { ReviewForm } from './review-form';

export const ReviewPage_Assignments = graphql(`
  query ReviewPage_Assignments {
    myAssignments {
      id
      status
      dueAt
      overdue
      application {
        id
        applicantName
        targetName
        rubric {
          id
          name
          competencies {
            id
            name
          }
        }
      }
      review {
        id
        status
        scores {
          domainId
          score
        }
        comments
        recommendation
        submittedAt
        updatedAt
      }
    }
  }
`);

/** One assignment's review. The API has no single-assignment query, so the reviewer's list is searched. */
export const ReviewPage = () => {
  const { assignmentId } = useParams();
  const { data, loading, error } = useQuery(ReviewPage_Assignments);
  const assignment = data?.myAssignments.find((a) => a.id === assignmentId);

  if (loading && !data) return <Loader aria-label="Loading the review" />;
  if (error)
    return (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(error)}
      </Alert>
    );
  if (!assignment || assignment.status === 'WITHDRAWN')
    return (
      <Stack>
        <Title order={1}>Review not found</Title>
        <Text>
          This assignment is not yours or was withdrawn.{' '}
          <Anchor component={Link} to="/reviews">
            Back to my reviews
          </Anchor>
        </Text>
      </Stack>
    );

  const { application } = assignment;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Review: {application.applicantName}</Title>
        <Text>{application.targetName}</Text>
        <Group gap="xs" mt="xs">
          <Text c="dimmed">Due {formatDate(assignment.dueAt)}</Text>
          {assignment.overdue && (
            <Badge color="red" variant="light">
              Overdue
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={`/applications/${application.id}`}>
          Open the application
        </Anchor>
      </div>
      <ReviewForm key={assignment.id} assignment={assignment} />
    </Stack>
  );
};
