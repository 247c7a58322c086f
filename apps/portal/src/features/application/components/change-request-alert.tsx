import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';
import { formatDate } from '../format-date';
import { sectionLink } from '../section-links';

type ChangeRequest = ApplicationDetail_ApplicationFragment['changeRequests'][number];

/** The reviewers' latest request, with a way to each part of the portfolio it names. */
export const ChangeRequestAlert = ({ request }: { request: ChangeRequest }) => (
  <Alert color="orange" variant="light" title="Changes requested">
    <Stack gap="xs">
      {request.message && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {request.message}
        </Text>
      )}
      {request.sections.length > 0 && (
        <Group gap="xs" component="nav" aria-label="Sections to change">
          <Text size="sm" fw={500}>
            Sections to change:
          </Text>
          {request.sections.map((section) => {
            const link = sectionLink(section);
            return link.inPage ? (
              <Anchor key={section} href={link.to} size="sm">
                {link.label}
              </Anchor>
            ) : (
              <Anchor key={section} component={Link} to={link.to} size="sm">
                {link.label}
              </Anchor>
            );
          })}
        </Group>
      )}
      <Text size="sm" c="dimmed">
        Asked on {formatDate(request.createdAt)}. Make the changes, then answer the reviewers below and
        resubmit.
      </Text>
    </Stack>
  </Alert>
);
