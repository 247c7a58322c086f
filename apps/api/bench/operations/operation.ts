import { type DocumentNode, Kind, print, type SelectionSetNode, visit } from 'graphql';
import type pg from 'pg';

/** The people and rows of the benchmark's database that the operations read (see working-set.ts). */
export type BenchWorld = {
  associationId: string;
  /** The chapter with the most members; the chapter analyst's. */
  chapterId: string;
  applicant: { userId: string; email: string; applicationId: string };
  coordinator: { userId: string; email: string };
  analyst: { userId: string; email: string };
  /** A submitted application with assignments, reviews, references and a real snapshot. */
  detailApplicationId: string;
};

export type Caller = 'applicant' | 'coordinator' | 'analyst';

/** Parameters the bare handler receives in the request body: no session, so it is told who asks. */
export type RawParams = Record<string, unknown>;

/**
 * One page's data, fetched two ways: the GraphQL operation the app sends (through the whole API),
 * and a hand-written SQL equivalent behind a bare HTTP handler (raw-sql-server.ts).
 */
export type Operation = {
  name: string;
  title: string;
  /** Which app sends it, and from where. */
  source: string;
  caller: Caller;
  document: DocumentNode;
  variables(world: BenchWorld, pageSize?: number): Record<string, unknown>;
  rawParams(world: BenchWorld, pageSize?: number): RawParams;
  /** Returns what GraphQL returns under `data`, built from SQL run through `pg`. */
  raw(pool: pg.Pool, params: RawParams): Promise<unknown>;
};

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/**
 * Apollo Client adds `__typename` to every selection set below the root before it sends a query
 * (its cache needs it); the benchmark sends what the browser sends.
 */
export function asApolloSends(document: DocumentNode): string {
  const withTypename = visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        const isRoot = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
        return isRoot || has ? node : { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
  return print(withTypename);
}

/** The operation's data without the `__typename` fields Apollo asked for, to compare with the raw answer. */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, withoutTypename(v)]),
    );
  return value;
}

/**
 * The first place where the raw answer `b` differs from the GraphQL data `a`, or null. Objects are
 * compared on the keys GraphQL returned (in any order): a raw answer may carry a field more.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(a);
    for (const k of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
