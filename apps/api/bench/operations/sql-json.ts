// SQL fragments that build, inside PostgreSQL, the JSON the API's resolvers build in JavaScript: the
// scalars as GraphQL serializes them, and the rules Portfolio as toRulesPortfolio maps the rows.

/** A DateTime as GraphQL serializes it: ISO 8601 in UTC with milliseconds (Date#toISOString). */
export const iso = (col: string) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A Date (midnight UTC) as YYYY-MM-DD. */
export const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

/** `{key: value}` when the value is not null, else nothing: toRulesPortfolio's optional keys. */
const opt = (key: string, expr: string) =>
  `CASE WHEN ${expr} IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('${key}', ${expr}) END`;

const list = (from: string, object: string) =>
  `coalesce((SELECT jsonb_agg(${object}) FROM ${from}), '[]'::jsonb)`;

/** The profile's own part of a Portfolio (`profile` is an expression naming the profile id). */
export function profilePortfolio(profile: string): Record<string, string> {
  return {
    education: list(
      `"EducationEntry" e WHERE e."profileId" = ${profile}`,
      `jsonb_build_object('id', e.id, 'degree', e."degreeLevel", 'field', e.field, 'institution', e.institution)
        || ${opt('completedOn', day('e."completedOn"'))}`,
    ),
    work: list(
      `"WorkEntry" w WHERE w."profileId" = ${profile}`,
      `jsonb_build_object('id', w.id, 'role', w.role, 'employer', w.employer, 'kind', w.kind, 'paid', w.paid,
          'supervised', w.supervised, 'startDate', ${day('w."startDate"')}, 'hoursPerWeek', w."hoursPerWeek"::float8,
          'servesInfantsAndFamilies', w."servesInfantsFamilies")
        || ${opt('endDate', day('w."endDate"'))} || ${opt('familiesServed', 'w."familiesServed"')}`,
    ),
    leadership: list(
      `"LeadershipEntry" l WHERE l."profileId" = ${profile}`,
      `jsonb_build_object('id', l.id, 'description', l.description, 'scope', l.scope,
          'startDate', ${day('l."startDate"')}) || ${opt('endDate', day('l."endDate"'))}`,
    ),
    trainings: list(
      `"TrainingEntry" t WHERE t."profileId" = ${profile}`,
      `jsonb_build_object('id', t.id, 'title', t.title, 'date', ${day('t.date')}, 'hours', t.hours::float8,
          'domains', to_jsonb(t."competencyDomains"),
          'topics', to_jsonb(ARRAY(SELECT x FROM unnest(t.topics) x WHERE x IN ('PROVIDING_RSC', 'DEI'))))`,
    ),
    rsc: list(
      `"RscEntry" r WHERE r."profileId" = ${profile}`,
      `jsonb_build_object('id', r.id, 'startDate', ${day('r."startDate"')}, 'endDate', ${day('r."endDate"')},
          'hours', r.hours::float8, 'format', r.format,
          'provider', jsonb_build_object('name', r."providerName",
            'endorsement', CASE WHEN r."providerLevel" IS NULL THEN NULL
              ELSE jsonb_build_object('level', r."providerLevel") || ${opt('track', 'r."providerTrack"')} END)
            || ${opt('degree', 'r."providerDegree"')},
          'peer', r.peer, 'aboutApplicantsOwnRsc', r."aboutApplicantsOwnRsc")`,
    ),
    memberships: list(
      `"MembershipEntry" m WHERE m."profileId" = ${profile}`,
      `jsonb_build_object('association', m."associationName", 'startDate', ${day('m."startsOn"')},
          'endDate', ${day('m."endsOn"')})`,
    ),
  };
}

/** The application's evidence: references (applicant's view), agreements and exams (`app` is its alias). */
export function applicationEvidence(app: string | null): Record<string, string> {
  if (!app) return { references: `'[]'::jsonb`, agreements: `'[]'::jsonb`, exams: `'[]'::jsonb` };
  return {
    references: list(
      `"ReferenceRequest" rr LEFT JOIN "ReferenceRating" rt ON rt."referenceRequestId" = rr.id
        WHERE rr."applicationId" = ${app}.id AND rr.status <> 'REPLACED'`,
      `jsonb_build_object('id', rr.id, 'raterName', rr."raterName", 'raterRole', rr."raterRole",
          'raterEndorsement', CASE WHEN rr."raterLevel" IS NULL THEN NULL ELSE jsonb_build_object('level', rr."raterLevel") END,
          'knownSince', ${day('rr."knownSince"')}) || ${opt('receivedOn', day('rt."submittedAt"'))}`,
    ),
    agreements: `(CASE WHEN ${app}."codeOfEthicsAcceptedAt" IS NOT NULL AND ${app}."codeOfEthicsVersion" IS NOT NULL
        THEN jsonb_build_array(jsonb_build_object('document', 'CODE_OF_ETHICS', 'version', ${app}."codeOfEthicsVersion",
          'signedOn', ${day(`${app}."codeOfEthicsAcceptedAt"`)})) ELSE '[]'::jsonb END
      || CASE WHEN ${app}."agreementAcceptedAt" IS NOT NULL AND ${app}."agreementVersion" IS NOT NULL
        THEN jsonb_build_array(jsonb_build_object('document', 'ENDORSEMENT_AGREEMENT', 'version', ${app}."agreementVersion",
          'signedOn', ${day(`${app}."agreementAcceptedAt"`)})) ELSE '[]'::jsonb END)`,
    exams: list(
      `"Exam" x WHERE x."applicationId" = ${app}.id AND x.passed IS NOT NULL AND x."takenOn" IS NOT NULL`,
      `jsonb_build_object('result', CASE WHEN x.passed THEN 'PASSED' ELSE 'FAILED' END, 'takenOn', ${day('x."takenOn"')})`,
    ),
  };
}

/** A whole Portfolio as one jsonb expression. */
export function portfolioJson(profile: string, app: string | null): string {
  const parts = { ...profilePortfolio(profile), ...applicationEvidence(app) };
  return `jsonb_build_object(${Object.entries(parts)
    .map(([k, v]) => `'${k}', ${v}`)
    .join(',\n    ')})`;
}
