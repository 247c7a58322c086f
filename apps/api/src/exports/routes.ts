import type { PrismaClient } from '@imh/db';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { resolveSession } from '../auth/sessions.ts';
import type { Context } from '../context.ts';
import type { AppConfig } from '../env.ts';
import { cookieJar, readSessionToken } from '../http/session-cookie.ts';
import { toCsv } from './csv.ts';
import { parseQueueParams } from './query-params.ts';
import { QUEUE_CSV_HEADER, queueCsvRows } from './queue-rows.ts';
import { parseRenewalParams, RENEWAL_CSV_HEADER, renewalCsvRows } from './renewal-rows.ts';
import { WORKLOAD_CSV_HEADER, workloadCsvRows } from './workload-rows.ts';

type Deps = { prisma: PrismaClient; config: AppConfig; now: () => Date };
type Locals = { ctx: Context };

const fail = (res: Response, status: number, error: string) => {
  res.status(status).json({ error });
};

/**
 * GET /api/exports/queue.csv (the queue's filters as URL parameters), GET
 * /api/exports/workload.csv and GET /api/exports/renewals.csv (a dashboard bucket and its filters), for coordinators signed in with the session cookie. Plain GETs that
 * change nothing, so a link from the admin console downloads them.
 */
export function exportsRouter({ prisma, config, now }: Deps): Router {
  const router = express.Router();

  router.use(async (req: Request, res: Response<unknown, Locals>, next: NextFunction) => {
    const token = readSessionToken(req);
    const resolved = token
      ? await resolveSession(prisma, token, now(), config.session)
      : { viewer: null, expired: false };
    const cookies = cookieJar(res, config.session.secureCookie);
    if (token && resolved.expired) cookies.clearSession();
    if (!resolved.viewer) return fail(res, 401, 'Please sign in to continue.');
    if (!resolved.viewer.roles.some((r) => r.role === 'COORDINATOR')) {
      return fail(res, 403, 'Only coordinators can export.');
    }
    // The queue and workload code reads the same request context GraphQL resolvers get; exports
    // send no mail, so the transport is never reached.
    const ctx: Context = {
      prisma,
      config,
      now,
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'],
      viewer: resolved.viewer,
      sessionExpired: false,
      cookies,
      mailTransport: { kind: 'memory', send: () => Promise.reject(new Error('Exports send no mail.')) },
    };
    res.locals.ctx = ctx;
    next();
  });

  const sendCsv = (res: Response, name: string, body: string) => {
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(body);
  };
  const day = () => now().toISOString().slice(0, 10);

  router.get('/queue.csv', async (req, res: Response<unknown, Locals>) => {
    const params = parseQueueParams(req.query);
    if (!params.ok) return fail(res, 400, params.error);
    const rows = await queueCsvRows(res.locals.ctx, params.filter, params.order);
    sendCsv(res, `queue-${day()}.csv`, toCsv(QUEUE_CSV_HEADER, rows));
  });

  router.get('/workload.csv', async (_req, res: Response<unknown, Locals>) => {
    const rows = await workloadCsvRows(res.locals.ctx);
    sendCsv(res, `reviewer-workload-${day()}.csv`, toCsv(WORKLOAD_CSV_HEADER, rows));
  });

  router.get('/renewals.csv', async (req, res: Response<unknown, Locals>) => {
    const params = parseRenewalParams(req.query);
    if (!params.ok) return fail(res, 400, params.error);
    const rows = await renewalCsvRows(res.locals.ctx, params.filter);
    sendCsv(
      res,
      `renewals-${params.filter.bucket.toLowerCase()}-${day()}.csv`,
      toCsv(RENEWAL_CSV_HEADER, rows),
    );
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    console.error('[exports] unexpected error:', error);
    fail(res, 500, 'Something went wrong on our side. It has been logged; please try again.');
  });

  return router;
}
