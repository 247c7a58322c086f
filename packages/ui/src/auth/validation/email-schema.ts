import { z } from 'zod/mini';

// People paste addresses with stray spaces; trim before checking so that is not reported as an error.
// zod/mini (not 'zod') because this schema ships with the sign-in page: it tree-shakes to a few KB.
export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, { error: 'Enter your email address.', abort: true })),
  z.email({ error: 'Enter a valid email address, like name@example.org.' }),
);
