import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../formatting/format-date-time';
import { useSignedInUser } from '../../shell/hooks/use-signed-in-user';
import { downloadTextFile } from '../download-text-file';
import { suppressionExplanation } from '../stat-cell-format';
import { statisticsCharts } from '../statistics-charts';
import { statisticsCsv, statisticsCsvFilename } from '../statistics-csv';
import {
  defaultAssociationId,
  rangeError,
  readStatisticsView,
  type StatisticsView,
  toStatisticsVariables,
  writeStatisticsView,
} from '../statistics-params';
import { type Statistics, scopeLabel, statisticsTables } from '../statistics-tables';
import { StatisticsFilters } from './statistics-filters';
import { StatisticsSection } from './statistics-section';

export const StatisticsPage_Associations = graphql(`
  query StatisticsPage_Associations {
    coordinatedAssociations {
      id
      name
      chapters {
        id
        name
      }
    }
  }
`);

export const StatisticsPage_Statistics = graphql(`
  query StatisticsPage_Statistics($associationId: ID, $chapterId: ID, $from: Date, $to: Date, $level: LevelCode) {
    chapterStatistics(associationId: $associationId, chapterId: $chapterId, from: $from, to: $to, level: $level) {
      associationId
      associationName
      chapterId
      chapterName
      threshold
      asOf
      computedAt
      fromMonth
      toMonth
      level
      activeEndorsements {
        level
        track
        count {
          value
          suppressed
        }
      }
      applicationsByStatus {
        rows {
          status
          count {
            value
            suppressed
          }
        }
        total {
          value
          suppressed
        }
      }
      monthly {
        month
        submissions {
          value
          suppressed
        }
        decisions {
          value
          suppressed
        }
      }
      daysToDecision {
        quarter
        median {
          value
          suppressed
        }
        p90 {
          value
          suppressed
        }
      }
      renewals {
        year
        onTime {
          value
          suppressed
        }
        late {
          value
          suppressed
        }
        lapsed {
          value
          suppressed
        }
        total {
          value
          suppressed
        }
        onTimeRate {
          value
          suppressed
        }
      }
      expiringSoon {
        level
        track
        count {
          value
          suppressed
        }
      }
      hours {
        quarter
        training {
          value
          suppressed
        }
        rsc {
          value
          suppressed
        }
      }
    }
  }
`);

const StatisticsSections = ({ stats }: { stats: Statistics }) => {
  const charts = statisticsCharts(stats);
  return statisticsTables(stats).map((table) => (
    <StatisticsSection
      key={table.id}
      table={table}
      chart={charts[table.id]}
      threshold={stats.threshold}
      note={
        table.id === 'hours' && stats.level
          ? 'Hours are those of members at every level: the level filter does not apply to them.'
          : null
      }
    />
  ));
};

const StatisticsDashboard = ({ isCoordinator }: { isCoordinator: boolean }) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readStatisticsView(searchParams);
  const setView = (next: StatisticsView) => setSearchParams(writeStatisticsView(next), { replace: true });
  const invalidRange = rangeError(view);

  const associationsQuery = useQuery(StatisticsPage_Associations, { skip: !isCoordinator });
  const associations = associationsQuery.data?.coordinatedAssociations ?? null;
  const variables = toStatisticsVariables(view, {
    isCoordinator,
    defaultAssociationId: defaultAssociationId(associations ?? []),
  });
  // A coordinator of several associations must name one, which the first query tells.
  const { data, loading, error } = useQuery(StatisticsPage_Statistics, {
    variables,
    skip: invalidRange !== null || (isCoordinator && !associations),
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.chapterStatistics;
  const queryError = error ?? associationsQuery.error;

  const download = () => {
    if (!stats) return;
    downloadTextFile(statisticsCsvFilename(stats), statisticsCsv(stats, statisticsTables(stats)));
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>Statistics</Title>
          {stats && <Text c="dimmed">{scopeLabel(stats)}</Text>}
        </div>
        <Button variant="default" onClick={download} disabled={!stats}>
          Download CSV
        </Button>
      </Group>
      {stats && (
        <Alert variant="light" color="blue" title="About these numbers">
          {suppressionExplanation(stats.threshold)}
        </Alert>
      )}
      <StatisticsFilters
        view={view}
        onChange={setView}
        associations={isCoordinator ? (associations ?? []) : null}
        rangeError={invalidRange}
      />
      {queryError && !invalidRange ? (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(queryError)}
        </Alert>
      ) : null}
      {stats && (
        <Text size="sm" c="dimmed" aria-live="polite">
          Showing {stats.fromMonth} to {stats.toMonth} (whole months). Counted{' '}
          {formatDateTime(stats.computedAt)}; the figures are counted again every 15 minutes or so.
        </Text>
      )}
      {loading && !stats ? <Loader aria-label="Loading statistics" /> : null}
      {stats && <StatisticsSections stats={stats} />}
    </Stack>
  );
};

/**
 * Aggregate statistics about the members of a chapter: a chapter analyst sees their chapter, a
 * coordinator the association or any of its chapters. Small counts arrive withheld from the API.
 */
export const StatisticsPage = () => {
  const me = useSignedInUser();
  const isCoordinator = me.roles.includes('COORDINATOR');
  if (!isCoordinator && !me.roles.includes('CHAPTER_ANALYST')) {
    return (
      <>
        <Title order={1}>Statistics</Title>
        <Alert color="yellow" variant="light" mt="md">
          This page is for coordinators and chapter analysts. Your roles don't include it.
        </Alert>
      </>
    );
  }
  return <StatisticsDashboard isCoordinator={isCoordinator} />;
};
