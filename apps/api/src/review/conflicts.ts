import type { Prisma } from '@imh/db';

type Tx = Prisma.TransactionClient;

export type ConflictKind = 'REFERENCE_RATER' | 'RSC_PROVIDER' | 'SAME_EMPLOYER' | 'DECLARED';
export type ConflictReason = { kind: ConflictKind; detail: string };

/** Employer names as people type them: "Family  Center" and "family center" are one employer. */
export const employerKey = (name: string | null | undefined): string =>
  (name ?? '').toLowerCase().replace(/\s+/g, '');

/** Where someone works now: the profile's employer and every work entry without an end date. */
function currentEmployers(
  profile: {
    employer: string | null;
    work: { employer: string; endDate: Date | null }[];
  } | null,
): Map<string, string> {
  const names = [
    profile?.employer,
    ...(profile?.work ?? []).filter((w) => !w.endDate).map((w) => w.employer),
  ];
  const out = new Map<string, string>();
  for (const name of names) if (name && employerKey(name)) out.set(employerKey(name), name.trim());
  return out;
}

const currentWork = { select: { employer: true, endDate: true } } as const;

/**
 * Why this reviewer should not review this application, as reasons a coordinator can read. A reviewer
 * is conflicted as one of the applicant's raters (not replaced), as a provider of the applicant's
 * reflective supervision, as a colleague at a current employer, or by their own declaration.
 */
export async function conflictsFor(
  tx: Tx,
  applicationId: string,
  reviewerId: string,
): Promise<ConflictReason[]> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { profileId: true, profile: { select: { employer: true, work: currentWork } } },
  });
  const reviewer = await tx.user.findUniqueOrThrow({
    where: { id: reviewerId },
    select: { email: true, name: true, profile: { select: { employer: true, work: currentWork } } },
  });
  const reasons: ConflictReason[] = [];
  const insensitive = (value: string) => ({ equals: value.trim(), mode: 'insensitive' as const });

  const rated = await tx.referenceRequest.count({
    where: { applicationId, status: { not: 'REPLACED' }, raterEmail: insensitive(reviewer.email) },
  });
  if (rated > 0)
    reasons.push({ kind: 'REFERENCE_RATER', detail: 'is one of the applicant’s reference raters' });

  const provided = await tx.rscEntry.count({
    where: {
      profileId: app.profileId,
      OR: [{ providerEmail: insensitive(reviewer.email) }, { providerName: insensitive(reviewer.name) }],
    },
  });
  if (provided > 0)
    reasons.push({
      kind: 'RSC_PROVIDER',
      detail: 'provided reflective supervision/consultation to the applicant',
    });

  const theirs = currentEmployers(app.profile);
  const shared = [...currentEmployers(reviewer.profile).keys()].filter((key) => theirs.has(key));
  for (const key of shared)
    reasons.push({ kind: 'SAME_EMPLOYER', detail: `works at the applicant’s employer (${theirs.get(key)})` });

  const declared = await tx.conflictDeclaration.findUnique({
    where: { reviewerId_profileId: { reviewerId, profileId: app.profileId } },
  });
  if (declared) reasons.push({ kind: 'DECLARED', detail: `declared a conflict: ${declared.reason}` });
  return reasons;
}
