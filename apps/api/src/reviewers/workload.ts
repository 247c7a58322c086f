import type { AssignmentStatus } from '@imh/db';

export type AssignmentTimes = {
  status: AssignmentStatus;
  createdAt: Date;
  completedAt: Date | null;
  dueAt: Date;
};

export type Workload = {
  openAssignments: number;
  completedAssignments: number;
  /** Mean days from assignment to completion, to one decimal; null with nothing completed. */
  averageDaysToComplete: number | null;
  /** Open assignments past their due date. */
  overdueAssignments: number;
};

const DAY_MS = 86_400_000;

/** A reviewer's load from their assignments; withdrawn ones count for nothing. */
export function workloadOf(assignments: readonly AssignmentTimes[], now: Date): Workload {
  const open = assignments.filter((a) => a.status === 'ASSIGNED');
  const done = assignments.filter((a) => a.status === 'COMPLETED' && a.completedAt);
  const totalDays = done.reduce(
    (sum, a) => sum + ((a.completedAt as Date).getTime() - a.createdAt.getTime()) / DAY_MS,
    0,
  );
  return {
    openAssignments: open.length,
    completedAssignments: done.length,
    averageDaysToComplete: done.length ? Math.round((totalDays / done.length) * 10) / 10 : null,
    overdueAssignments: open.filter((a) => a.dueAt < now).length,
  };
}
