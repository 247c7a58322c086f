import type { EvaluationResult, Portfolio } from '@imh/competencies';
import { ApplicationDetail_DataDocument } from '../../../portal/src/gql/graphql.ts';
import { AGREEMENTS } from '../../src/applications/agreements.ts';
import { toIsoDay } from '../../src/calendar-day.ts';
import { evaluationJson, judgePortfolio, targetName } from './evaluation-json.ts';
import type { Operation } from './operation.ts';
import { day, iso, portfolioJson } from './sql-json.ts';

const EDITABLE = `('DRAFT', 'CHANGES_REQUESTED')`;

// One statement: the application (its owner's only), its lists in the resolvers' orders, and either
// the portfolio to judge now (editable) or the latest round's frozen judgement.
const SQL = `
SELECT a.id, a.level, a.track, a."ruleEdition", a.status::text AS status,
  jsonb_build_object('id', a.id, 'level', a.level, 'track', a.track, 'editionId', a."ruleEdition",
    'status', a.status, 'editable', a.status IN ${EDITABLE}, 'startedAt', ${iso('a."startedAt"')},
    'submittedAt', ${iso('a."submittedAt"')}, 'decidedAt', ${iso('a."decidedAt"')},
    'codeOfEthicsVersion', a."codeOfEthicsVersion", 'codeOfEthicsAcceptedAt', ${iso('a."codeOfEthicsAcceptedAt"')},
    'agreementVersion', a."agreementVersion", 'agreementAcceptedAt', ${iso('a."agreementAcceptedAt"')},
    'references', coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.id, 'raterName', r."raterName",
        'raterEmail', r."raterEmail", 'raterRole', r."raterRole", 'raterLevel', r."raterLevel",
        'knownSince', ${day('r."knownSince"')},
        'status', CASE WHEN r.status IN ('REQUESTED', 'OPENED') AND r."expiresAt" <= $3 THEN 'EXPIRED'
          ELSE r.status::text END,
        'sentAt', ${iso('r."sentAt"')}, 'sendCount', r."sendCount") ORDER BY r."sentAt" DESC)
      FROM "ReferenceRequest" r WHERE r."applicationId" = a.id AND r.status <> 'REPLACED'), '[]'::jsonb),
    'changeRequests', coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'message', d.message,
        'sections', to_jsonb(d.sections), 'createdAt', ${iso('d."createdAt"')}) ORDER BY d."createdAt" DESC)
      FROM "Decision" d WHERE d."applicationId" = a.id AND d.kind = 'REQUEST_CHANGES'), '[]'::jsonb),
    'events', coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'fromStatus', e."fromStatus",
        'toStatus', e."toStatus", 'message', e.message, 'createdAt', ${iso('e."createdAt"')}) ORDER BY e."createdAt")
      FROM "ApplicationEvent" e WHERE e."applicationId" = a.id), '[]'::jsonb),
    'submissions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'round', s.round,
        'submittedAt', ${iso('s."submittedAt"')}, 'response', s.response) ORDER BY s.round)
      FROM "ApplicationSubmission" s WHERE s."applicationId" = a.id), '[]'::jsonb)
  ) AS application,
  CASE WHEN a.status IN ${EDITABLE} OR latest.evaluation IS NULL THEN ${portfolioJson('a."profileId"', 'a')} END
    AS portfolio,
  CASE WHEN a.status NOT IN ${EDITABLE} THEN latest.evaluation END AS frozen
FROM "Application" a JOIN "ApplicantProfile" p ON p.id = a."profileId"
LEFT JOIN LATERAL (SELECT evaluation FROM "ApplicationSubmission" s WHERE s."applicationId" = a.id
  ORDER BY round DESC LIMIT 1) latest ON true
WHERE a.id = $1 AND p."userId" = $2`;

type Row = {
  level: 'IFA';
  track: string | null;
  ruleEdition: string;
  application: Record<string, unknown>;
  portfolio: Portfolio | null;
  frozen: EvaluationResult | null;
};

/** The portal's application page: the current application with its live evaluation. */
export const applicantApplication: Operation = {
  name: 'applicant-application',
  title: 'Applicant: current application with its live evaluation',
  source:
    'portal /application, ApplicationDetail_Data (features/application/components/application-detail.tsx)',
  caller: 'applicant',
  document: ApplicationDetail_DataDocument,
  variables: (world) => ({ id: world.applicant.applicationId }),
  rawParams: (world) => ({ id: world.applicant.applicationId, userId: world.applicant.userId }),
  async raw(pool, params) {
    const now = new Date();
    const { rows } = await pool.query<Row>(SQL, [params.id, params.userId, now]);
    const row = rows[0];
    const evaluation = row
      ? (row.frozen ?? judgePortfolio(row, row.portfolio as Portfolio, toIsoDay(now)))
      : null;
    return {
      application: row
        ? {
            ...row.application,
            targetName: targetName(row),
            evaluation: evaluationJson(evaluation as EvaluationResult),
          }
        : null,
      agreements: Object.values(AGREEMENTS),
    };
  },
};
