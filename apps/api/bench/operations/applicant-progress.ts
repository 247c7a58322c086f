import { ProgressBasis_DataDocument } from '../../../portal/src/gql/graphql.ts';
import type { Operation } from './operation.ts';
import { portfolioJson } from './sql-json.ts';

const EDITABLE = `('DRAFT', 'CHANGES_REQUESTED')`;

// One statement: the profile, its portfolio, and each application with the portfolio that judges it
// (live while editable, else the latest round's frozen one), as the resolvers assemble them.
const SQL = `
SELECT jsonb_build_object(
  'myProfile', jsonb_build_object('id', p.id,
    'association', jsonb_build_object('id', s.id, 'ruleEdition', s."ruleEdition")),
  'myRulesPortfolio', ${portfolioJson('p.id', null)},
  'myApplications', coalesce((
    SELECT jsonb_agg(jsonb_build_object('id', a.id, 'level', a.level, 'track', a.track, 'status', a.status,
        'editable', a.status IN ${EDITABLE}, 'editionId', a."ruleEdition",
        'rulesPortfolio', CASE
          WHEN a.status NOT IN ${EDITABLE} AND latest.snapshot IS NOT NULL THEN latest.snapshot->'portfolio'
          ELSE ${portfolioJson('p.id', 'a')} END)
      ORDER BY a."startedAt" DESC)
    FROM "Application" a
    LEFT JOIN LATERAL (SELECT snapshot FROM "ApplicationSubmission" sub WHERE sub."applicationId" = a.id
      ORDER BY round DESC LIMIT 1) latest ON true
    WHERE a."profileId" = p.id), '[]'::jsonb)
) AS data
FROM "ApplicantProfile" p JOIN "Association" s ON s.id = p."associationId"
WHERE p."userId" = $1`;

/** The portal's progress page: what the browser needs to run the rules live as the applicant edits. */
export const applicantProgress: Operation = {
  name: 'applicant-progress',
  title: 'Applicant dashboard: profile, portfolio and applications for the live evaluation',
  source: 'portal /progress, ProgressBasis_Data (features/progress/use-progress-basis.ts)',
  caller: 'applicant',
  document: ProgressBasis_DataDocument,
  variables: () => ({}),
  rawParams: (world) => ({ userId: world.applicant.userId }),
  async raw(pool, params) {
    const { rows } = await pool.query<{ data: unknown }>(SQL, [params.userId]);
    return rows[0]?.data ?? { myProfile: null };
  },
};
