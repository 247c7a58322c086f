import { type Edition, levelName, TRACK_NAMES } from '@imh/competencies';
import type { LevelCode, MentorTrack, Prisma } from '@imh/db';
import { type Notice, notifyUser } from '../applications/notify.ts';

type Tx = Prisma.TransactionClient;

export const RENEWAL_LINK = '/endorsement';

/** "Infant Family Associate endorsement MI-IFA-2024-0007": how notices name an endorsement. */
export function describeEndorsement(
  edition: Edition,
  e: { level: LevelCode; track: MentorTrack | null; number: string },
): string {
  const name = levelName(edition, e.level) ?? e.level;
  return `${name}${e.track ? ` (${TRACK_NAMES[e.track]})` : ''} endorsement ${e.number}`;
}

export const longDate = (d: Date) =>
  d.toLocaleDateString('en-US', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** Tells the endorsee, in the app and by email, with a link to their endorsement page. */
export async function notifyHolder(
  tx: Tx,
  holder: { id: string; name: string; email: string },
  notice: Omit<Notice, 'link'>,
  opts: { now: Date; publicUrl: string; dedupeKey?: string },
): Promise<void> {
  await notifyUser(tx, holder, { ...notice, link: RENEWAL_LINK }, opts);
}
