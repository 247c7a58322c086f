import {
  ACCEPT,
  OPEN_FORM,
  REQUEST_REFERENCE,
  rater,
  START,
  SUBMIT,
  SUBMIT_RATING,
} from '../helpers/applications.ts';
import type { EntryKind } from './ledger.ts';
import { type Json, loadClient } from './load-client.ts';
import type { ApplicantAccount } from './load-world.ts';
import type { Expect } from './metrics.ts';
import { MY_APPLICATIONS, MY_REFERENCES } from './operations.ts';
import type { VuEnv } from './vu-env.ts';

type Reference = { id: string; email: string; rated: boolean; unanswered: boolean };
type Draft = {
  id: string;
  refs: Reference[];
  /** Raters asked without an answer: the request may exist. */
  unconfirmed: string[];
  asked: number;
  agreements: Set<string>;
  submitted: boolean;
};
export type ApplicantState = {
  account: ApplicantAccount;
  app?: Draft;
  /** A call went unanswered, or a refusal said the application moved on: ask the API where it stands. */
  lost: boolean;
  entries: { id: string; kind: EntryKind }[];
  editsAfterSubmit: number;
};
type State = ApplicantState;

const AGREEMENTS = ['CODE_OF_ETHICS', 'ENDORSEMENT_AGREEMENT'] as const;

export function call(env: VuEnv, s: State, action: string, query: string, variables: Json, expect: Expect) {
  return env.metrics.call(s.account.client, action, query, variables, expect);
}

/**
 * The application's next step, as the portal leads an applicant: start an IFA application, ask three
 * raters (each answers through the link in their email), accept both agreements, submit (sometimes
 * pressing twice). After a call that got no answer, it first asks the API where things stand.
 */
export async function progress(env: VuEnv, s: State) {
  if (s.lost) return findOut(env, s);
  if (!s.app) return start(env, s);
  const app = s.app;
  if (app.unconfirmed.length > 0) return confirmRaters(env, s, app);
  const unrated = app.refs.find((r) => !r.rated);
  if (unrated) return rate(env, unrated);
  // A rater who does not answer is replaced by asking another; ten requests is the API's limit.
  if (app.refs.length < 3) {
    if (app.asked < 9) return askRater(env, s, app);
    // Out of requests (an outage ate them): this applicant is stuck, as a person would be.
    return env.metrics.fail('requestReference', `application ${app.id}: no requests left`);
  }
  const missing = AGREEMENTS.find((d) => !app.agreements.has(d));
  if (missing) return accept(env, s, app, missing);
  return submit(env, s, app);
}

async function start(env: VuEnv, s: State) {
  const o = await call(
    env,
    s,
    'startApplication',
    START,
    { input: { level: 'IFA' } },
    { field: 'startApplication', success: 'MutationStartApplicationSuccess', refusals: ['ConflictError'] },
  );
  if (o.kind !== 'ok') {
    s.lost = true;
    return;
  }
  adopt(env, s, o.data.id);
  env.ledger.ack('startApplication');
}

/** An applicant who arrives with a draft ready to submit (see ready-drafts.ts). */
export function adoptReady(
  env: VuEnv,
  s: State,
  draft: { applicationId: string; references: { id: string; raterEmail: string }[] },
) {
  adopt(env, s, draft.applicationId);
  const app = s.app as Draft;
  const known = env.ledger.applications.get(app.id);
  for (const document of AGREEMENTS) {
    app.agreements.add(document);
    known?.agreements.add(document);
  }
  for (const ref of draft.references) {
    app.refs.push({ id: ref.id, email: ref.raterEmail, rated: true, unanswered: false });
    env.ledger.references.set(ref.id, { ...ref, applicationId: app.id, rated: true });
  }
  app.asked = app.refs.length;
}

function adopt(env: VuEnv, s: State, id: string) {
  s.app = { id, refs: [], unconfirmed: [], asked: 0, agreements: new Set(), submitted: false };
  const { profileId, userId, email } = s.account;
  env.ledger.applicationStarted({ id, profileId, userId, email });
}

/** After a call that went unanswered or a refusal it did not expect: what does the API say now? */
async function findOut(env: VuEnv, s: State) {
  const o = await call(env, s, 'myApplications', MY_APPLICATIONS, {}, { field: 'myApplications' });
  if (o.kind !== 'ok') return;
  s.lost = false;
  const current = (o.data as unknown as { id: string; status: string }[])[0];
  if (!current) return;
  if (!s.app || s.app.id !== current.id) adopt(env, s, current.id);
  const app = s.app;
  if (!app || current.status === 'DRAFT') return;
  // Submitted without the answer reaching us: pressing again must answer Success, unchanged. Once a
  // coordinator has taken it into review, the list is answer enough.
  if (current.status === 'SUBMITTED') await submit(env, s, app);
  else markSubmitted(env, app);
}

function markSubmitted(env: VuEnv, app: Draft) {
  app.submitted = true;
  const known = env.ledger.applications.get(app.id);
  if (known) known.submitted = true;
}

async function askRater(env: VuEnv, s: State, app: Draft) {
  const input = rater();
  app.asked += 1;
  const o = await call(
    env,
    s,
    'requestReference',
    REQUEST_REFERENCE,
    { applicationId: app.id, input },
    { field: 'requestReference', success: 'MutationRequestReferenceSuccess', refusals: ['ConflictError'] },
  );
  if (o.kind === 'ok') {
    app.refs.push({ id: o.data.id, email: input.raterEmail, rated: false, unanswered: false });
    env.ledger.references.set(o.data.id, {
      id: o.data.id,
      applicationId: app.id,
      raterEmail: input.raterEmail,
      rated: false,
    });
    env.ledger.ack('requestReference');
    // The rater is someone else, who may answer at once.
    const asked = app.refs[app.refs.length - 1];
    if (asked && Math.random() < 0.7) await rate(env, asked);
  } else if (o.kind === 'failed') {
    env.ledger.noAnswer(`reference:${app.id}`);
    app.unconfirmed.push(input.raterEmail);
  } else s.lost = true;
}

/** After unanswered requests: the application's references say which of those raters were asked. */
async function confirmRaters(env: VuEnv, s: State, app: Draft) {
  const o = await call(env, s, 'myReferences', MY_REFERENCES, { id: app.id }, { field: 'application' });
  if (o.kind !== 'ok') return;
  for (const found of o.data.references as { id: string; raterEmail: string }[]) {
    if (!app.unconfirmed.includes(found.raterEmail)) continue;
    app.refs.push({ id: found.id, email: found.raterEmail, rated: false, unanswered: false });
    const record = { id: found.id, applicationId: app.id, raterEmail: found.raterEmail, rated: false };
    env.ledger.references.set(found.id, record);
  }
  app.unconfirmed = [];
}

/** The rater follows the link in their email (read from the outbox, as the tests do) and rates all 4. */
async function rate(env: VuEnv, ref: Reference) {
  let link: string | undefined;
  try {
    const mail = await env.world.prisma.outboxMessage.findFirst({
      where: { toAddress: ref.email },
      orderBy: { createdAt: 'desc' },
    });
    link = /\/reference\/([\w-]+)/.exec(mail?.textBody ?? '')?.[1];
  } catch {
    return; // the driver's own database read failed (the server is down): try again later
  }
  if (!link) return env.metrics.fail('rateReference', `no reference email to ${ref.email}`);
  const rater = loadClient(env.baseUrl, env.timeoutMs);
  const refusals = ref.unanswered ? ['InvalidTokenError'] : [];
  const form = await env.metrics.call(
    rater,
    'openReferenceForm',
    OPEN_FORM,
    { token: link },
    {
      field: 'openReferenceForm',
      success: 'MutationOpenReferenceFormSuccess',
      refusals,
    },
  );
  if (form.kind === 'refused') ref.rated = true;
  if (form.kind !== 'ok') return;
  const ratings = (form.data.domains as { competencies: { id: string }[] }[]).flatMap((d) =>
    d.competencies.map((c) => ({ competencyId: c.id, rating: 4 })),
  );
  const o = await env.metrics.call(
    rater,
    'submitReferenceRating',
    SUBMIT_RATING,
    { token: link, input: { knownSince: '2023-01-10', ratings, comments: null } },
    { field: 'submitReferenceRating', success: 'MutationSubmitReferenceRatingSuccess', refusals },
  );
  if (o.kind === 'ok') {
    const known = env.ledger.references.get(ref.id);
    if (known) known.rated = true;
    env.ledger.ack('submitReferenceRating');
  }
  if (o.kind === 'failed') ref.unanswered = true;
  // "Already submitted" after an unanswered try: the rating is in.
  else ref.rated = true;
}

async function accept(env: VuEnv, s: State, app: Draft, document: string) {
  const o = await call(
    env,
    s,
    'acceptAgreement',
    ACCEPT,
    { applicationId: app.id, document, version: '2024-1' },
    { field: 'acceptAgreement', success: 'MutationAcceptAgreementSuccess', refusals: ['ConflictError'] },
  );
  if (o.kind === 'ok') {
    app.agreements.add(document);
    env.ledger.applications.get(app.id)?.agreements.add(document);
    env.ledger.ack('acceptAgreement');
  } else if (o.kind === 'refused') s.lost = true;
}

async function submit(env: VuEnv, s: State, app: Draft) {
  const press = () =>
    call(
      env,
      s,
      'submitApplication',
      SUBMIT,
      { id: app.id },
      {
        field: 'submitApplication',
        success: 'MutationSubmitApplicationSuccess',
        // Only after a submission whose answer was lost, once the file is in review.
        refusals: ['ConflictError'],
      },
    );
  // People double-click: two presses at once must submit once.
  const outcomes = Math.random() < env.doublePress ? await Promise.all([press(), press()]) : [await press()];
  if (outcomes.some((o) => o.kind === 'ok')) {
    markSubmitted(env, app);
    env.ledger.ack('submitApplication');
  } else if (outcomes.some((o) => o.kind === 'refused')) s.lost = true;
}
