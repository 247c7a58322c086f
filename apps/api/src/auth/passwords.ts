import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
// `algorithm: 2` is Algorithm.Argon2id, a const enum that isolated-module builds cannot import.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const passwordRule = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(256, 'Use at most 256 characters.')
  .refine((p) => new Set(p).size >= 5, 'Use a less repetitive password.');

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Verifying against a fixed hash when there is no account keeps the timing of "no such user"
  // the same as "wrong password", so response times do not reveal which emails have accounts.
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const dummyHash = hash('no account has this password', options);
