import type { Child } from './child.ts';

export type StatementCount = {
  operation: string;
  pageSize: number | null;
  count: number;
  /** The API's error when it refused the request (the statements are then only the session's). */
  refused: string | null;
  statements: string[];
};

/** The SQL statements the API sent to PostgreSQL while `send` ran (nothing else may run meanwhile). */
export async function countStatements(api: Child, send: () => Promise<unknown>) {
  await api.ask({ type: 'count-start' });
  await send();
  return api.ask<{ count: number; statements: string[] }>({ type: 'count-stop' });
}

/** The statement texts shortened to their first line, for the report's raw output. */
export const shortStatement = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 160);
