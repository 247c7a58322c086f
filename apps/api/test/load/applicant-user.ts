import { randomInt } from 'node:crypto';
import { createOp, deleteOp, SECTIONS, updateOp } from '../helpers/portfolio-fixtures.ts';
import { type ApplicantState, adoptReady, call, progress } from './applicant-journey.ts';
import { ENTRY_KINDS, type EntryKind } from './ledger.ts';
import type { Json } from './load-client.ts';
import type { Expect } from './metrics.ts';
import { MY_APPLICATIONS, MY_PORTFOLIO, UPDATE_PROFILE } from './operations.ts';
import { readyDraft } from './ready-drafts.ts';
import type { VuEnv } from './vu-env.ts';

type State = ApplicantState;

const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)] as T;
const token = () => Math.random().toString(36).slice(2, 8);

function entryInput(kind: EntryKind): { input: Json; mark: number | string } {
  if (kind === 'trainings') {
    const hours = randomInt(1, 41);
    return { input: { ...SECTIONS.trainings.valid, title: `Load training ${token()}`, hours }, mark: hours };
  }
  if (kind === 'rsc') {
    const hours = randomInt(1, 200);
    return { input: { ...SECTIONS.rsc.valid, hours }, mark: hours };
  }
  const description = `Load board ${token()}`;
  return { input: { ...SECTIONS.leadership.valid, description }, mark: description };
}

/**
 * One applicant at a time, as a person uses the portal: edits the portfolio and profile, reads it,
 * and moves an IFA application along (applicant-journey.ts). After submitting it tries one edit, which
 * must be refused as locked, and the virtual user moves on to a new applicant.
 */
export async function applicantUser(env: VuEnv) {
  let state: State | undefined;
  while (env.running()) {
    if (!state) {
      try {
        // Some arrive with their references in and agreements signed (made in the database), so that
        // submissions, locks and reviews start early; the others go the whole way over the API.
        const draft = Math.random() < env.readyShare ? await readyDraft(env.world) : undefined;
        const account = draft ?? (await env.world.newApplicant());
        env.ledger.applicants.set(account.profileId, account);
        state = { account, lost: false, entries: [], editsAfterSubmit: 1 };
        if (draft) adoptReady(env, state, draft);
      } catch (error) {
        env.metrics.fail(
          'newApplicant',
          error instanceof Error ? error.message.slice(0, 300) : String(error),
        );
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
    }
    const failures = env.metrics.errors.length;
    const done = await step(env, state);
    if (done) state = undefined;
    await env.think(env.metrics.errors.length > failures);
  }
}

async function step(env: VuEnv, s: State): Promise<boolean> {
  if (s.app?.submitted) {
    if (s.editsAfterSubmit-- <= 0) return true;
    await portfolioChange(env, s, true);
    return false;
  }
  const r = Math.random();
  if (r < 0.3) await portfolioChange(env, s, false);
  else if (r < 0.36) await profileChange(env, s);
  else if (r < 0.45) await read(env, s);
  else await progress(env, s);
  return false;
}

async function portfolioChange(env: VuEnv, s: State, afterSubmit: boolean) {
  const { ledger } = env;
  const profileId = s.account.profileId;
  const r = Math.random();
  const existing = s.entries.length > 0 && !afterSubmit ? pick(s.entries) : undefined;
  const op = !existing || s.entries.length < 2 || r < 0.45 ? 'create' : r < 0.8 ? 'update' : 'delete';
  const kind = op === 'create' || !existing ? pick(ENTRY_KINDS) : existing.kind;
  const { name } = SECTIONS[kind];
  const { input, mark } = entryInput(kind);
  const expect = (verb: string): Expect => ({
    field: 'result',
    success: `Mutation${verb}${name}Success`,
    refusals: ['ConflictError'],
  });
  const action = afterSubmit ? 'editLockedPortfolio' : `${op}Entry`;
  if (op === 'create') {
    const o = await call(env, s, action, createOp(kind), { input }, expect('Create'));
    if (o.kind === 'ok') {
      ledger.entryCreated(profileId, kind, o.data.id, mark);
      ledger.ack(`create ${kind}`);
      s.entries.push({ id: o.data.id, kind });
      if (afterSubmit) env.metrics.fail(action, 'a portfolio edit was accepted after the submission');
    } else if (o.kind === 'failed') ledger.noAnswer(`${kind}:${profileId}`);
    else if (!afterSubmit) s.lost = true;
    return;
  }
  if (!existing) return;
  const variables = op === 'update' ? { id: existing.id, input } : { id: existing.id };
  const o = await call(env, s, action, (op === 'update' ? updateOp : deleteOp)(kind), variables, {
    ...expect(op === 'update' ? 'Update' : 'Delete'),
  });
  if (o.kind === 'ok') {
    if (op === 'update') ledger.entryUpdated(existing.id, mark);
    else ledger.entryDeleted(existing.id);
    ledger.ack(`${op} ${kind}`);
  } else if (o.kind === 'failed') ledger.entryUnanswered(existing.id);
  else s.lost = true;
  // Once deleted, or in doubt, the entry is left alone.
  if (op === 'delete' || o.kind === 'failed') s.entries = s.entries.filter((e) => e.id !== existing.id);
}

async function profileChange(env: VuEnv, s: State) {
  const jobTitle = `Load role ${token()}`;
  const { name, chapterId, profileId } = s.account;
  const o = await call(
    env,
    s,
    'updateMyProfile',
    UPDATE_PROFILE,
    { input: { name, jobTitle, chapterId } },
    { field: 'result', success: 'MutationUpdateMyProfileSuccess' },
  );
  const known = env.ledger.profiles.get(profileId);
  if (o.kind === 'ok') {
    env.ledger.profiles.set(profileId, { profileId, jobTitle, uncertain: false });
    env.ledger.ack('updateMyProfile');
  } else if (known) known.uncertain = true;
  else env.ledger.profiles.set(profileId, { profileId, jobTitle: '', uncertain: true });
}

async function read(env: VuEnv, s: State) {
  if (Math.random() < 0.5) await call(env, s, 'myPortfolio', MY_PORTFOLIO, {}, { field: 'myProfile' });
  else await call(env, s, 'myApplications', MY_APPLICATIONS, {}, { field: 'myApplications' });
}
