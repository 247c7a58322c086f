import { applicantApplication } from './applicant-application.ts';
import { applicantProgress } from './applicant-progress.ts';
import { applicationPage } from './application-page.ts';
import { chapterDashboard } from './chapter-dashboard.ts';
import type { Operation } from './operation.ts';
import { queuePage } from './queue-page.ts';

/** The important operations, in the order the report lists them. */
export const OPERATIONS: readonly Operation[] = [
  applicantProgress,
  applicantApplication,
  queuePage,
  applicationPage,
  chapterDashboard,
];

export type { BenchWorld, Caller, Operation } from './operation.ts';
