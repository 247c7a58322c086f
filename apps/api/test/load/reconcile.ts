import type { PrismaClient } from '@imh/db';
import { verifyAuditChain } from '../../src/audit/audit-log.ts';
import { ENTRY_KINDS, type EntryKind, type Ledger } from './ledger.ts';
import { checkSubmissions } from './submission-check.ts';

type Row = { id: string; profileId: string; mark: number | string };

/** The rows the load itself made (the seeded IFA trainings are not titled "Load training …"). */
async function loadRows(prisma: PrismaClient, kind: EntryKind, profileIds: string[]): Promise<Row[]> {
  const where = { profileId: { in: profileIds } };
  if (kind === 'trainings') {
    const rows = await prisma.trainingEntry.findMany({
      where: { ...where, title: { startsWith: 'Load training' } },
    });
    return rows.map((r) => ({ id: r.id, profileId: r.profileId, mark: r.hours.toNumber() }));
  }
  if (kind === 'rsc') {
    const rows = await prisma.rscEntry.findMany({ where });
    return rows.map((r) => ({ id: r.id, profileId: r.profileId, mark: r.hours.toNumber() }));
  }
  const rows = await prisma.leadershipEntry.findMany({ where });
  return rows.map((r) => ({ id: r.id, profileId: r.profileId, mark: r.description }));
}

/**
 * Compares the ledger with the database: every acknowledged write is there as acknowledged (created
 * entries exist with the last acknowledged value, deleted ones are gone, submissions whole, references,
 * agreements, assignments and reviews as the API said), nothing is there that no write made, except at
 * most one row per write that went unanswered, and the audit log's hash chain is intact.
 */
export async function reconcile(prisma: PrismaClient, ledger: Ledger) {
  const problems: string[] = [];
  const checked: Record<string, number> = {};
  const count = (what: string, n = 1) => {
    checked[what] = (checked[what] ?? 0) + n;
  };
  const profileIds = [...ledger.applicants.keys()];

  for (const kind of ENTRY_KINDS) {
    const rows = new Map((await loadRows(prisma, kind, profileIds)).map((r) => [r.id, r]));
    const strays = new Map<string, number>();
    for (const row of rows.values()) {
      if (!ledger.entries.has(row.id)) strays.set(row.profileId, (strays.get(row.profileId) ?? 0) + 1);
    }
    for (const entry of ledger.entries.values()) {
      if (entry.kind !== kind || entry.uncertain) continue;
      count(`${kind} entries`);
      const row = rows.get(entry.id);
      if (entry.state === 'deleted' && row) problems.push(`${kind} ${entry.id}: deleted, but still there`);
      if (entry.state === 'live' && !row) problems.push(`${kind} ${entry.id}: created, but missing`);
      if (entry.state === 'live' && row && row.mark !== entry.mark) {
        problems.push(
          `${kind} ${entry.id}: ${row.mark} where the last acknowledged write left ${entry.mark}`,
        );
      }
    }
    for (const [profileId, n] of strays) {
      const allowed = ledger.unanswered.get(`${kind}:${profileId}`) ?? 0;
      if (n > allowed)
        problems.push(
          `${kind} of ${profileId}: ${n} rows no acknowledged write made (${allowed} unanswered)`,
        );
    }
  }

  const profiles = await prisma.applicantProfile.findMany({ where: { id: { in: profileIds } } });
  for (const profile of profiles) {
    const known = ledger.profiles.get(profile.id);
    if (!known || known.uncertain) continue;
    count('profiles');
    if (profile.jobTitle !== known.jobTitle)
      problems.push(`profile ${profile.id}: job title ${profile.jobTitle}`);
  }

  const submissions = await checkSubmissions(prisma, ledger.applicants);
  problems.push(...submissions.problems);
  checked['applications (all of the load applicants)'] = submissions.applications.length;
  const apps = new Map(submissions.applications.map((a) => [a.id, a]));
  for (const known of ledger.applications.values()) {
    count('applications started');
    const app = apps.get(known.id);
    if (!app) {
      problems.push(`application ${known.id}: started, but missing`);
      continue;
    }
    if (known.submitted) count('applications submitted');
    if (known.submitted && app.status === 'DRAFT')
      problems.push(`application ${app.id}: submitted, but a draft`);
    if (known.agreements.has('CODE_OF_ETHICS') && app.codeOfEthicsVersion !== '2024-1')
      problems.push(`application ${app.id}: code of ethics accepted, but not recorded`);
    if (known.agreements.has('ENDORSEMENT_AGREEMENT') && app.agreementVersion !== '2024-1')
      problems.push(`application ${app.id}: agreement accepted, but not recorded`);
  }

  const appIds = [...apps.keys()];
  const references = await prisma.referenceRequest.findMany({
    where: { applicationId: { in: appIds } },
    include: { rating: true },
  });
  const referenceById = new Map(references.map((r) => [r.id, r]));
  for (const known of ledger.references.values()) {
    count('references requested');
    const row = referenceById.get(known.id);
    if (!row) problems.push(`reference ${known.id}: requested, but missing`);
    else if (known.rated && (row.status !== 'RECEIVED' || !row.rating)) {
      problems.push(`reference ${known.id}: rated, but ${row.status}`);
    }
    if (known.rated) count('references rated');
  }
  strayCheck(problems, ledger, 'reference', references, (r) => ledger.references.has(r.id));

  const assignments = await prisma.reviewAssignment.findMany({
    where: { OR: [{ applicationId: { in: appIds } }, { id: { in: [...ledger.assignments.keys()] } }] },
    include: { application: { select: { status: true } } },
  });
  const assignmentById = new Map(assignments.map((a) => [a.id, a]));
  for (const known of ledger.assignments.values()) {
    count('assignments');
    const row = assignmentById.get(known.id);
    if (!row || row.reviewerId !== known.reviewerId || row.status === 'WITHDRAWN')
      problems.push(`assignment ${known.id}: acknowledged, but ${row ? row.status : 'missing'}`);
    else if (row.application.status !== 'IN_REVIEW')
      problems.push(`assignment ${known.id}: its application is ${row.application.status}`);
  }
  const ofLoadApplicants = assignments.filter((a) => apps.has(a.applicationId));
  strayCheck(problems, ledger, 'assignment', ofLoadApplicants, (a) => ledger.assignments.has(a.id));

  const reviews = await prisma.review.findMany({
    where: { assignmentId: { in: [...ledger.reviews.keys()] } },
    include: { assignment: { select: { status: true } } },
  });
  const reviewByAssignment = new Map(reviews.map((r) => [r.assignmentId, r]));
  for (const known of ledger.reviews.values()) {
    if (known.uncertain) continue;
    count(known.submitted ? 'reviews submitted' : 'review drafts');
    const row = reviewByAssignment.get(known.assignmentId);
    if (!row) problems.push(`review of ${known.assignmentId}: saved, but missing`);
    else if (known.submitted && (row.status !== 'SUBMITTED' || row.assignment.status !== 'COMPLETED'))
      problems.push(`review of ${known.assignmentId}: submitted, but ${row.status}/${row.assignment.status}`);
    else if (!known.submitted && (row.status !== 'DRAFT' || row.comments !== known.comments))
      problems.push(`review of ${known.assignmentId}: draft expected, found ${row.status} "${row.comments}"`);
  }

  const chain = await verifyAuditChain(prisma);
  if (!chain.ok) problems.push(`audit chain broken at entry ${chain.brokenAt}`);
  return { problems, checked, submissions: submissions.counts };
}

/** Rows per application that no acknowledged write made: at most one per unanswered write. */
function strayCheck<T extends { applicationId: string }>(
  problems: string[],
  ledger: Ledger,
  what: string,
  rows: T[],
  known: (row: T) => boolean,
) {
  const strays = new Map<string, number>();
  for (const row of rows)
    if (!known(row)) strays.set(row.applicationId, (strays.get(row.applicationId) ?? 0) + 1);
  for (const [applicationId, n] of strays) {
    const allowed = ledger.unanswered.get(`${what}:${applicationId}`) ?? 0;
    if (n > allowed)
      problems.push(
        `${what}s of ${applicationId}: ${n} rows no acknowledged write made (${allowed} unanswered)`,
      );
  }
}
