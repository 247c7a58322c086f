import { PGlite } from '@electric-sql/pglite';
import type { PrismaClient } from '@imh/db';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationPage_ApplicationDocument, QueuePage_QueueDocument } from '../../admin/src/gql/graphql.ts';
import { ProgressBasis_DataDocument } from '../../portal/src/gql/graphql.ts';
import { assign, queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

// Every SQL statement the API sends, counted at the driver: pg.Client#query on the PostgreSQL run,
// PGlite's per-statement lock (_runExclusiveQuery: one per query, exec, BEGIN or COMMIT) on the
// embedded one. This file runs in a process of its own, so nothing else is counted.
let statements = 0;
const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements++;
  return pgQuery.apply(this, args);
} as typeof pg.Client.prototype.query;
const pgliteProto = PGlite.prototype as unknown as { _runExclusiveQuery: (...args: unknown[]) => unknown };
const pgliteQuery = pgliteProto._runExclusiveQuery;
pgliteProto._runExclusiveQuery = function counted(this: PGlite, ...args: unknown[]) {
  statements++;
  return pgliteQuery.apply(this, args);
};

// The admin console's own queue query (without Apollo's __typename, which changes no statement).
const QUEUE = print(QueuePage_QueueDocument);
const PAGE_SIZES = [2, 5, 10] as const;

let server: TestServer;
const counts = new Map<number, number>();
let rows = new Map<number, number>();
// A signed-in query that reads nothing from the database: what it sends is the session's lookup.
let sessionStatements = 0;
// The admin's application page, as a coordinator, for files with one and with four rated references.
const PAGE = print(ApplicationPage_ApplicationDocument);
const REFERENCES = [1, 4] as const;
const pageCounts = new Map<number, number>();

// The portal's progress page, for an applicant with a draft.
let progressStatements = 0;

async function ratedReference(prisma: PrismaClient, applicationId: string, n: number) {
  const knownSince = new Date('2023-01-10T00:00:00Z');
  await prisma.referenceRequest.create({
    data: {
      applicationId,
      raterName: `Rater ${n}`,
      raterEmail: `rater-${n}-${applicationId}@example.org`,
      raterRole: 'COLLEAGUE',
      knownSince,
      tokenHash: `statement-count-${applicationId}-${n}`,
      status: 'RECEIVED',
      expiresAt: new Date('2026-12-31T00:00:00Z'),
      rating: { create: { knownSince, ratings: {} } },
    },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const tenant = await staffTenant(server);
  for (let i = 0; i < 12; i++) {
    const { application } = await queuedApplication(server.prisma, {
      associationId: tenant.association.id,
      name: `Applicant ${i}`,
      status: i % 2 ? 'IN_REVIEW' : 'SUBMITTED',
      submittedAt: new Date(Date.UTC(2026, 9, 1 + i)),
    });
    await assign(server.prisma, application.id, tenant.reviewer.id, tenant.coordinator.id);
  }
  rows = new Map();
  for (const first of PAGE_SIZES) {
    const variables = {
      filter: null,
      orderBy: { field: 'WAITING', direction: 'DESC' },
      first,
      withAssignments: true,
    };
    await tenant.coordinatorClient.gql(QUEUE, variables); // the session's first request may touch it
    statements = 0;
    const res = await tenant.coordinatorClient.gql(QUEUE, variables);
    counts.set(first, statements);
    expect(res.errors).toBeUndefined();
    rows.set(first, res.data?.applicationQueue.edges.length);
  }
  for (const references of REFERENCES) {
    const { application } = await queuedApplication(server.prisma, {
      associationId: tenant.association.id,
      name: `Referenced ${references}`,
      status: 'IN_REVIEW',
    });
    await assign(server.prisma, application.id, tenant.reviewer.id, tenant.coordinator.id);
    for (let n = 0; n < references; n++) await ratedReference(server.prisma, application.id, n);
    const variables = { id: application.id, isCoordinator: true, isReviewer: false };
    await tenant.coordinatorClient.gql(PAGE, variables);
    statements = 0;
    const res = await tenant.coordinatorClient.gql(PAGE, variables);
    pageCounts.set(references, statements);
    expect(res.errors).toBeUndefined();
    expect(res.data?.application.references).toHaveLength(references);
    expect(res.data?.application.references[0].rating).not.toBeNull();
  }
  const draft = await queuedApplication(server.prisma, {
    associationId: tenant.association.id,
    status: 'DRAFT',
  });
  const applicant = await signedInClient(server.url, draft.user.email);
  await applicant.gql(print(ProgressBasis_DataDocument));
  statements = 0;
  const progress = await applicant.gql(print(ProgressBasis_DataDocument));
  progressStatements = statements;
  expect(progress.data?.myApplications[0].rulesPortfolio.trainings).toHaveLength(1);

  statements = 0;
  const agreements = await tenant.coordinatorClient.gql('{ agreements { version } }');
  sessionStatements = statements;
  expect(agreements.data?.agreements).toHaveLength(2);
});
afterAll(() => server.close());

describe('the queue page’s SQL statements', () => {
  it('are counted for each page size, and each page is full', () => {
    for (const first of PAGE_SIZES) {
      expect(rows.get(first)).toBe(first);
      expect(counts.get(first)).toBeGreaterThan(0);
    }
  });

  // The page and its relations load in a fixed number of statements (the queue spreads the nodes'
  // selection), and the coordinator check of `assignments` is answered by the rows the queue
  // selected: nothing is asked per row (docs/benchmarks/operations.md, "Why targets are missed").
  it('do not grow with the page size', () => {
    expect(new Set(counts.values()).size, JSON.stringify(Object.fromEntries(counts))).toBe(1);
  });

  // The session, the count, the page, the applicants' profiles and their users, the assignments and
  // their reviewers.
  it('are seven', () => {
    expect(counts.get(10)).toBe(7);
  });
});

describe('the application page’s SQL statements', () => {
  // Each reference's rating, the reviews, rubric, assignments and exams check the viewer's access to
  // the one application: asked once per request (access.ts), not once per reference.
  it('do not grow with the references', () => {
    expect(new Set(pageCounts.values()).size, JSON.stringify(Object.fromEntries(pageCounts))).toBe(1);
  });

  // The session; the application and the twelve relations the page reads (applicant, chapter and
  // user, references and ratings, events, rounds, change requests, assignments and reviewers, exams,
  // endorsement); the access check and the latest round, once each; the documents; the reviews with
  // their assignments and reviewers.
  it('are twenty', () => {
    expect(pageCounts.get(4)).toBe(20);
  });
});

describe('the progress page’s SQL statements', () => {
  // The session; the profile with its association; the applications; the portfolio (the profile and
  // its six sections) with the association's edition, read once though both myRulesPortfolio and
  // the draft's rulesPortfolio judge it; the draft's references with their ratings, and exams.
  it('are sixteen: the portfolio is read once', () => {
    expect(progressStatements).toBe(16);
  });
});

describe('a signed-in request', () => {
  // Session, user and roles in one statement (a join by hand, sessions.ts), not one each.
  it('resolves its session in one statement', () => {
    expect(sessionStatements).toBe(1);
  });
});
