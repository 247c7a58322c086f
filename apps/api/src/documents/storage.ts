import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Uploaded files live under keys the server makes up: the user's filename never reaches a path, so
// no name can climb out of the folder or collide with another file.
const KEY = /^[0-9a-f]{32}$/;

const documentsDir = (dataDir: string) => path.join(dataDir, 'documents');

function storedPath(dataDir: string, key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a document storage key: ${key}`);
  return path.join(documentsDir(dataDir), key);
}

/** Writes the bytes under a new random key, readable by the server's user only; returns the key. */
export async function storeFile(dataDir: string, bytes: Buffer): Promise<string> {
  await mkdir(documentsDir(dataDir), { recursive: true, mode: 0o700 });
  const key = randomBytes(16).toString('hex');
  await writeFile(storedPath(dataDir, key), bytes, { flag: 'wx', mode: 0o600 });
  return key;
}

export const openStoredFile = (dataDir: string, key: string) => createReadStream(storedPath(dataDir, key));

/** Removes a stored file; one already gone is not an error (a retried delete). */
export async function removeStoredFile(dataDir: string, key: string): Promise<void> {
  await rm(storedPath(dataDir, key), { force: true });
}
