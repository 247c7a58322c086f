import type { Portfolio } from '@imh/competencies';
import { ApplicationPage_ApplicationDocument } from '../../../admin/src/gql/graphql.ts';
import { toIsoDay } from '../../src/calendar-day.ts';
import { waitingDays } from '../../src/queue/filter.ts';
import { rubricFor, scoresOf } from '../../src/review/rubric.ts';
import { evaluationJson, judgePortfolio, targetName } from './evaluation-json.ts';
import type { Operation } from './operation.ts';
import { day, iso } from './sql-json.ts';

const list = (from: string, object: string, order: string) =>
  `coalesce((SELECT jsonb_agg(${object} ORDER BY ${order}) FROM ${from}), '[]'::jsonb)`;
const userId = (col: string) =>
  `replace(encode(convert_to('User:' || ${col}, 'UTF8'), 'base64'), E'\\n', '')`;

// One statement: the application if the coordinator runs its association (and it is not their own),
// every list the page shows in the resolvers' orders, and the latest round's frozen snapshot.
const SQL = `
SELECT a.level, a.track, a."ruleEdition", a."submittedAt", latest.snapshot, latest."submittedAt" AS "roundAt",
  jsonb_build_object('id', a.id, 'applicantName', u.name, 'status', a.status, 'level', a.level, 'track', a.track,
    'submittedAt', ${iso('a."submittedAt"')},
    'applicant', jsonb_build_object('email', u.email, 'chapterName', c.name, 'employer', p.employer,
      'jobTitle', p."jobTitle"),
    'documents', ${list(
      `"Document" d WHERE d.id IN (SELECT x->>'documentId' FROM jsonb_array_elements(latest.snapshot->'documents') x)`,
      `jsonb_build_object('id', d.id, 'filename', d.filename, 'url', '/api/documents/' || d.id)`,
      'd."createdAt"',
    )},
    'references', ${list(
      `"ReferenceRequest" r LEFT JOIN "ReferenceRating" rt ON rt."referenceRequestId" = r.id
        WHERE r."applicationId" = a.id AND r.status <> 'REPLACED'`,
      `jsonb_build_object('id', r.id, 'raterName', r."raterName", 'raterRole', r."raterRole",
        'status', CASE WHEN r.status IN ('REQUESTED', 'OPENED') AND r."expiresAt" <= $3 THEN 'EXPIRED' ELSE r.status::text END,
        'rating', CASE WHEN rt.id IS NULL THEN NULL ELSE jsonb_build_object('ratings', rt.ratings,
          'comments', rt.comments, 'knownSince', ${day('rt."knownSince"')}, 'submittedAt', ${iso('rt."submittedAt"')}) END)`,
      'r."sentAt" DESC',
    )},
    'reviews', ${list(
      `"Review" v JOIN "ReviewAssignment" va ON va.id = v."assignmentId" JOIN "User" vu ON vu.id = va."reviewerId"
        WHERE va."applicationId" = a.id AND va.status <> 'WITHDRAWN'`,
      `jsonb_build_object('id', v.id, 'assignmentId', v."assignmentId", 'status', v.status,
        'readable', v.status = 'SUBMITTED' OR va."reviewerId" = $2, 'recommendation', v.recommendation,
        'comments', v.comments, 'scores', v.scores, 'submittedAt', ${iso('v."submittedAt"')},
        'reviewer', jsonb_build_object('id', ${userId('vu.id')}, 'name', vu.name))`,
      'v."submittedAt" ASC NULLS LAST, v.id',
    )},
    'events', ${list(
      `"ApplicationEvent" e WHERE e."applicationId" = a.id`,
      `jsonb_build_object('id', e.id, 'createdAt', ${iso('e."createdAt"')}, 'fromStatus', e."fromStatus",
        'toStatus', e."toStatus", 'message', e.message)`,
      'e."createdAt"',
    )},
    'submissions', ${list(
      `"ApplicationSubmission" s WHERE s."applicationId" = a.id`,
      `jsonb_build_object('id', s.id, 'round', s.round, 'submittedAt', ${iso('s."submittedAt"')}, 'response', s.response)`,
      's.round',
    )},
    'changeRequests', ${list(
      `"Decision" d WHERE d."applicationId" = a.id AND d.kind = 'REQUEST_CHANGES'`,
      `jsonb_build_object('id', d.id, 'createdAt', ${iso('d."createdAt"')}, 'message', d.message, 'sections', to_jsonb(d.sections))`,
      'd."createdAt" DESC',
    )},
    'assignments', ${list(
      `"ReviewAssignment" ra JOIN "User" ru ON ru.id = ra."reviewerId" WHERE ra."applicationId" = a.id`,
      `jsonb_build_object('id', ra.id, 'status', ra.status, 'dueAt', ${iso('ra."dueAt"')},
        'overdue', ra.status = 'ASSIGNED' AND ra."dueAt" < $3, 'overrideReason', ra."overrideReason",
        'reviewer', jsonb_build_object('id', ${userId('ru.id')}, 'name', ru.name))`,
      'ra."createdAt"',
    )},
    'exams', ${list(
      `"Exam" x WHERE x."applicationId" = a.id`,
      `jsonb_build_object('id', x.id, 'takenOn', ${day('x."takenOn"')}, 'scorePercent', x."scorePercent", 'passed', x.passed)`,
      'x."takenOn", x."createdAt"',
    )},
    'endorsement', (SELECT jsonb_build_object('id', n.id, 'number', n.number, 'level', n.level, 'track', n.track,
      'startsOn', ${day('n."startsOn"')}, 'expiresOn', ${day('n."expiresOn"')})
      FROM "Endorsement" n WHERE n."applicationId" = a.id)
  ) AS application
FROM "Application" a
JOIN "ApplicantProfile" p ON p.id = a."profileId" JOIN "User" u ON u.id = p."userId"
LEFT JOIN "Chapter" c ON c.id = p."chapterId"
LEFT JOIN LATERAL (SELECT s.snapshot, s."submittedAt" FROM "ApplicationSubmission" s
  WHERE s."applicationId" = a.id ORDER BY s.round DESC LIMIT 1) latest ON true
WHERE a.id = $1 AND a."associationId" = ANY($4::text[]) AND p."userId" <> $2`;

type Snapshot = { portfolio: Portfolio; staffPortfolio?: Portfolio };
type Row = {
  level: 'IFA';
  track: null;
  ruleEdition: string;
  submittedAt: Date | null;
  snapshot: Snapshot | null;
  roundAt: Date | null;
  application: Record<string, unknown> & {
    references: { rating: { ratings: Record<string, number | null> } | null }[];
    reviews: { readable: boolean; scores: unknown; comments: unknown; recommendation: unknown }[];
  };
};

/** The admin console's application page, as a coordinator opens it. */
export const applicationPage: Operation = {
  name: 'application-page',
  title: 'Admin application page: portfolio, evaluation, references, reviews, history',
  source:
    'admin /applications/:id, ApplicationPage_Application (features/application/components/application-query.ts)',
  caller: 'coordinator',
  document: ApplicationPage_ApplicationDocument,
  variables: (world) => ({ id: world.detailApplicationId, isCoordinator: true, isReviewer: false }),
  rawParams: (world) => ({
    id: world.detailApplicationId,
    userId: world.coordinator.userId,
    associationIds: [world.associationId],
  }),
  async raw(pool, params) {
    const now = new Date();
    const { rows } = await pool.query<Row>(SQL, [params.id, params.userId, now, params.associationIds]);
    const row = rows[0];
    if (!row) return { application: null };
    const staffPortfolio = row.snapshot ? (row.snapshot.staffPortfolio ?? row.snapshot.portfolio) : null;
    const a = row.application;
    return {
      application: {
        ...a,
        targetName: targetName(row),
        waitingDays: waitingDays(row.submittedAt, now),
        staffPortfolio,
        staffEvaluation:
          staffPortfolio && row.roundAt
            ? evaluationJson(judgePortfolio(row, staffPortfolio, toIsoDay(row.roundAt)))
            : null,
        rubric: rubricFor(row).map((d) => ({ id: d.id, name: d.name, competencies: [...d.competencies] })),
        references: a.references.map((r) => ({
          ...r,
          rating: r.rating && {
            ...r.rating,
            ratings: Object.entries(r.rating.ratings).map(([competencyId, rating]) => ({
              competencyId,
              rating,
            })),
          },
        })),
        reviews: a.reviews.map(({ readable, ...r }) => ({
          ...r,
          scores: readable ? scoresOf(r.scores) : null,
          comments: readable ? r.comments : null,
          recommendation: readable ? r.recommendation : null,
        })),
      },
    };
  },
};
