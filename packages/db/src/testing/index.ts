export { serverTestUrl, withServerDatabase } from './server-database.ts';
export { createTestDatabase, type TestDatabase } from './test-database.ts';
