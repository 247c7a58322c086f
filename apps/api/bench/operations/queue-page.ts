import { QueuePage_QueueDocument } from '../../../admin/src/gql/graphql.ts';
import { waitingDays } from '../../src/queue/filter.ts';
import { targetName } from './evaluation-json.ts';
import type { Operation } from './operation.ts';

// One statement: the count of the coordinator's queue and one page of it in the default order
// (longest waiting first, then id), each row with its applicant and its assignments' reviewers. The
// queue is planned apart for each use (NOT MATERIALIZED): a count, and a top-N sort of the page. The
// coordinator's own file is left out by their profile's id (a person has one profile at most),
// found once, as the API does.
const SQL = `
WITH queue AS NOT MATERIALIZED (
  SELECT a.id, a."profileId", a.status, a.level, a.track, a."ruleEdition", a."submittedAt"
  FROM "Application" a
  WHERE a."associationId" = ANY($1::text[]) AND a.status <> 'DRAFT'
    AND a."profileId" IS DISTINCT FROM (SELECT id FROM "ApplicantProfile" WHERE "userId" = $2)),
page AS (SELECT * FROM queue ORDER BY "submittedAt" ASC NULLS LAST, id LIMIT $3)
SELECT (SELECT count(*)::int FROM queue) AS total,
  coalesce((SELECT jsonb_agg(jsonb_build_object('id', q.id, 'applicantName', u.name, 'status', q.status,
      'level', q.level, 'track', q.track, 'ruleEdition', q."ruleEdition", 'submittedAt', q."submittedAt",
      'assignments', coalesce(asg.list, '[]'::jsonb)) ORDER BY q."submittedAt" ASC NULLS LAST, q.id)
    FROM page q JOIN "ApplicantProfile" p ON p.id = q."profileId" JOIN "User" u ON u.id = p."userId"
    LEFT JOIN LATERAL (SELECT jsonb_agg(jsonb_build_object('id', ra.id, 'status', ra.status,
        'reviewerId', ru.id, 'reviewerName', ru.name) ORDER BY ra."createdAt") AS list
      FROM "ReviewAssignment" ra JOIN "User" ru ON ru.id = ra."reviewerId"
      WHERE ra."applicationId" = q.id) asg ON true), '[]'::jsonb) AS rows`;

type QueueRow = {
  id: string;
  applicantName: string;
  status: string;
  level: 'IFA';
  track: string | null;
  ruleEdition: string;
  submittedAt: string | null;
  assignments: { id: string; status: string; reviewerId: string; reviewerName: string }[];
};

const base64 = (s: string) => Buffer.from(s).toString('base64');

/** The admin console's queue: one page with applicant, level, status and assigned reviewers. */
export const queuePage: Operation = {
  name: 'queue-page',
  title: 'Admin queue page: applications with applicant, level, status and assigned reviewers',
  source: 'admin /queue, QueuePage_Queue (features/queue/components/queue-page.tsx)',
  caller: 'coordinator',
  document: QueuePage_QueueDocument,
  // The page asks for 25 rows; the issue measures 50 (and counts statements at up to 100).
  // What the page sends with no filter chosen (queue-params.ts), at the page size asked.
  variables: (_world, pageSize = 50) => ({
    filter: {
      statuses: null,
      level: null,
      track: null,
      chapterId: null,
      submittedFrom: null,
      submittedTo: null,
      waitingMoreThanDays: null,
      reviewerId: null,
    },
    orderBy: { field: 'WAITING', direction: 'DESC' },
    first: pageSize,
    withAssignments: true,
  }),
  rawParams: (world, pageSize = 50) => ({
    associationIds: [world.associationId],
    userId: world.coordinator.userId,
    first: pageSize,
  }),
  async raw(pool, params) {
    const first = Number(params.first);
    const { rows } = await pool.query<{ total: number; rows: QueueRow[] }>(SQL, [
      params.associationIds,
      params.userId,
      first + 1,
    ]);
    const { total, rows: page } = rows[0] as { total: number; rows: QueueRow[] };
    const now = new Date();
    const edges = page.slice(0, first).map((r, i) => {
      const submittedAt = r.submittedAt ? new Date(`${r.submittedAt}Z`) : null;
      return {
        cursor: base64(`OffsetConnection:${i}`),
        node: {
          id: r.id,
          applicantName: r.applicantName,
          status: r.status,
          level: r.level,
          track: r.track,
          targetName: targetName(r),
          submittedAt: submittedAt?.toISOString() ?? null,
          waitingDays: waitingDays(submittedAt, now),
          assignments: r.assignments.map((a) => ({
            id: a.id,
            status: a.status,
            reviewer: { id: base64(`User:${a.reviewerId}`), name: a.reviewerName },
          })),
        },
      };
    });
    return {
      applicationQueue: {
        totalCount: total,
        pageInfo: {
          hasNextPage: page.length > first,
          endCursor: base64(`OffsetConnection:${edges.length - 1}`),
        },
        edges,
      },
    };
  },
};
