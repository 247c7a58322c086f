import type { ChecklistItem } from '@imh/ui';
import type { RequirementStatus } from '../../gql/graphql';

const CHECKLIST_STATUS: Record<RequirementStatus, ChecklistItem['status']> = {
  MET: 'met',
  NOT_MET: 'not_met',
  PENDING: 'pending',
};

/** The API's requirement results in the shape the shared checklist draws. */
export const toChecklistItems = <R extends { status: RequirementStatus }>(
  requirements: readonly R[],
): Array<Omit<R, 'status'> & { status: ChecklistItem['status'] }> =>
  requirements.map((r) => ({ ...r, status: CHECKLIST_STATUS[r.status] }));
