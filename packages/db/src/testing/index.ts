export { createTestDatabase, type TestDatabase } from './test-database.ts';
export { serverTestUrl, withServerDatabase } from './server-database.ts';
