import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/**
 * Serves a built single-page app: its files, and its index.html for any other path so that client
 * routes survive a reload. Hashed assets are cached for a year; index.html never is.
 */
export function spa(dist: string, name: string): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  router.use(
    express.static(dist, {
      index: false,
      setHeaders(res, file) {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send(`The ${name} has not been built yet: run \`npm start\` (or \`pnpm build\`).`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
