import type { PrismaClient } from '@imh/db';

export type Applicant = { userId: string; email: string; name: string };

/**
 * Whether every application of these applicants is whole: what one submission writes in its one
 * transaction (src/applications/submit.ts and transition.ts) is there exactly once, or not at all.
 *
 * - DRAFT: no ApplicationSubmission, no event, no notice, no email, no audit entry of a submission.
 * - SUBMITTED (or IN_REVIEW once a coordinator assigned a reviewer): exactly one round-1 submission
 *   with its snapshot and evaluation, one DRAFT→SUBMITTED event, one "application.submitted" notice
 *   and one email to the applicant, one notice to each coordinator, and the two audit entries.
 */
export async function checkSubmissions(prisma: PrismaClient, applicants: Map<string, Applicant>) {
  const profileIds = [...applicants.keys()];
  const apps = await prisma.application.findMany({
    where: { profileId: { in: profileIds } },
    include: { submissions: true, events: true },
  });
  const ids = apps.map((a) => a.id);
  const emails = [...applicants.values()].map((a) => a.email);
  const [notices, mails, audits, coordinatorNotices, coordinators] = await Promise.all([
    prisma.notification.findMany({
      where: { kind: 'application.submitted', userId: { in: [...applicants.values()].map((a) => a.userId) } },
    }),
    prisma.outboxMessage.findMany({ where: { toAddress: { in: emails }, subject: 'Application submitted' } }),
    prisma.auditEntry.findMany({ where: { entityType: 'Application', entityId: { in: ids } } }),
    prisma.notification.findMany({ where: { kind: 'queue.submitted' } }),
    prisma.userRole.findMany({
      where: { role: 'COORDINATOR' },
      select: { userId: true, associationId: true },
    }),
  ]);
  const problems: string[] = [];
  const counts = { draft: 0, submitted: 0 };
  for (const app of apps) {
    const who = applicants.get(app.profileId);
    if (!who) continue;
    const submitEvents = app.events.filter((e) => e.toStatus === 'SUBMITTED');
    const found = {
      submissions: app.submissions.length,
      round1: app.submissions.filter((s) => s.round === 1).length,
      events: submitEvents.length,
      notices: notices.filter((n) => n.userId === who.userId && n.link === `/application/${app.id}`).length,
      mails: mails.filter((m) => m.toAddress === who.email && m.textBody.includes(`/application/${app.id}`))
        .length,
      submitAudits: audits.filter((a) => a.entityId === app.id && a.action === 'application.submit').length,
      statusAudits: audits.filter(
        (a) =>
          a.entityId === app.id &&
          a.action === 'application.status' &&
          (a.after as { status?: string } | null)?.status === 'SUBMITTED',
      ).length,
      coordinatorNotices: coordinatorNotices.filter((n) => n.body.startsWith(`${who.name} submitted`)).length,
    };
    const expectedCoordinators = coordinators.filter((c) => c.associationId === app.associationId).length;
    const say = (what: string) =>
      problems.push(`application ${app.id} (${app.status}): ${what} ${JSON.stringify(found)}`);
    if (app.status === 'DRAFT') {
      counts.draft += 1;
      const { coordinatorNotices: _c, ...rest } = found;
      if (Object.values(rest).some((n) => n !== 0) || found.coordinatorNotices !== 0 || app.submittedAt) {
        say('a draft with traces of a submission');
      }
    } else if (app.status === 'SUBMITTED' || app.status === 'IN_REVIEW') {
      counts.submitted += 1;
      const snapshot = app.submissions[0]?.snapshot as { portfolio?: unknown } | undefined;
      const whole =
        found.submissions === 1 &&
        found.round1 === 1 &&
        Boolean(snapshot?.portfolio) &&
        Boolean(app.submissions[0]?.evaluation) &&
        found.events === 1 &&
        submitEvents[0]?.fromStatus === 'DRAFT' &&
        found.notices === 1 &&
        found.mails === 1 &&
        found.submitAudits === 1 &&
        found.statusAudits === 1 &&
        found.coordinatorNotices === expectedCoordinators &&
        app.submittedAt !== null;
      if (!whole) say(`not exactly one whole submission (coordinators: ${expectedCoordinators})`);
      const toReview = app.events.filter((e) => e.toStatus === 'IN_REVIEW').length;
      if (toReview !== (app.status === 'IN_REVIEW' ? 1 : 0)) say(`${toReview} IN_REVIEW events`);
    } else {
      say('a status the load never causes');
    }
  }
  return { problems, counts, applications: apps };
}
