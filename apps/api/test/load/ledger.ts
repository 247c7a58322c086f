export const ENTRY_KINDS = ['trainings', 'rsc', 'leadership'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * An entry's state as the API acknowledged it. `uncertain` is set when a later call about it got no
 * answer (network error, timeout, 5xx): the change may or may not have happened, so reconciliation
 * accepts either, and never more than that.
 */
export type EntryRecord = {
  id: string;
  kind: EntryKind;
  profileId: string;
  state: 'live' | 'deleted';
  /** The value the last acknowledged write left: hours for trainings and RSC, the text for leadership. */
  mark: number | string;
  uncertain: boolean;
};

export type ApplicationRecord = {
  id: string;
  profileId: string;
  userId: string;
  email: string;
  agreements: Set<string>;
  submitted: boolean;
};

export type ReferenceRecord = { id: string; applicationId: string; raterEmail: string; rated: boolean };
export type AssignmentRecord = { id: string; applicationId: string; reviewerId: string };
export type ReviewRecord = { assignmentId: string; comments: string; submitted: boolean; uncertain: boolean };
export type ProfileRecord = { profileId: string; jobTitle: string; uncertain: boolean };

/**
 * Every write the API acknowledged with a Success result during a run, as the clients saw it, plus
 * how many writes went unanswered (each may or may not have happened). Reconciliation compares it
 * with the database afterwards.
 */
export class Ledger {
  /** Every applicant account the driver made, by profile id: reconciliation checks all of them. */
  readonly applicants = new Map<string, { userId: string; email: string; name: string }>();
  readonly entries = new Map<string, EntryRecord>();
  /**
   * Writes that got no answer, by what they would have made (`trainings:<profileId>`,
   * `reference:<applicationId>`, `assignment:<applicationId>`): each may have left one row nobody knows.
   */
  readonly unanswered = new Map<string, number>();
  readonly applications = new Map<string, ApplicationRecord>();
  readonly references = new Map<string, ReferenceRecord>();
  readonly assignments = new Map<string, AssignmentRecord>();
  readonly reviews = new Map<string, ReviewRecord>();
  readonly profiles = new Map<string, ProfileRecord>();
  /** Acknowledged writes by operation, for the report. */
  readonly acks = new Map<string, number>();

  ack(operation: string) {
    this.acks.set(operation, (this.acks.get(operation) ?? 0) + 1);
  }

  get totalAcks() {
    return [...this.acks.values()].reduce((a, b) => a + b, 0);
  }

  entryCreated(profileId: string, kind: EntryKind, id: string, mark: number | string) {
    this.entries.set(id, { id, kind, profileId, state: 'live', mark, uncertain: false });
  }

  noAnswer(key: string) {
    this.unanswered.set(key, (this.unanswered.get(key) ?? 0) + 1);
  }

  entryUpdated(id: string, mark: number | string) {
    const entry = this.entries.get(id);
    if (entry) Object.assign(entry, { mark, uncertain: false });
  }

  entryDeleted(id: string) {
    const entry = this.entries.get(id);
    if (entry) Object.assign(entry, { state: 'deleted', uncertain: false });
  }

  entryUnanswered(id: string) {
    const entry = this.entries.get(id);
    if (entry) entry.uncertain = true;
  }

  applicationStarted(record: Omit<ApplicationRecord, 'agreements' | 'submitted'>) {
    if (!this.applications.has(record.id)) {
      this.applications.set(record.id, { ...record, agreements: new Set(), submitted: false });
    }
  }
}
