import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { PrismaClient } from '@imh/db';
import express, { type Express } from 'express';
import { resolveSession } from './auth/sessions.ts';
import { authenticateToken, bearerToken } from './chapter-tokens/authenticate.ts';
import { tokenCallsPlugin } from './chapter-tokens/calls-plugin.ts';
import type { Context } from './context.ts';
import { documentsRouter } from './documents/routes.ts';
import type { AppConfig } from './env.ts';
import { exportsRouter } from './exports/routes.ts';
import { formatError } from './http/format-error.ts';
import { maxTokens, queryLimitRules, withoutSuggestions } from './http/query-limits.ts';
import { cookieJar, readSessionToken } from './http/session-cookie.ts';
import { spa } from './http/spa.ts';
import { variableCostPlugin } from './http/variable-cost.ts';
import type { MailTransport } from './mail/transport.ts';
import { requestCachePlugin } from './request-cache.ts';
import { schema } from './schema/index.ts';

export type AppDeps = {
  prisma: PrismaClient;
  config: AppConfig;
  mailTransport: MailTransport;
  now?: () => Date;
};

/** The whole HTTP surface: GraphQL at /graphql, the admin console at /admin/, the portal at /. */
export async function createApp(deps: AppDeps): Promise<{ app: Express; stop(): Promise<void> }> {
  const now = deps.now ?? (() => new Date());
  const production = deps.config.env === 'production';
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => {
      const out = formatError(formatted, error);
      return production ? withoutSuggestions(out) : out;
    },
    validationRules: queryLimitRules,
    // Cache-control hints are never sent (answers are per person and uncacheable), and the default
    // plugin wrapped every field's resolver to compute them: a tenth of the CPU of a statistics
    // answer, which resolves about a thousand fields (docs/benchmarks/operations.md).
    plugins: [
      tokenCallsPlugin,
      variableCostPlugin,
      requestCachePlugin,
      ApolloServerPluginCacheControlDisabled(),
    ],
    // CSRF prevention stays on (the default): a request must carry a content type or header that a
    // cross-site form cannot send.
    csrfPrevention: true,
    // Introspection describes the whole schema: the apps are built with it, production needs none.
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP server, outbox worker, database, in that order); Apollo's own
    // signal handlers would race it and leave the process hanging.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    maxTokens,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const cookies = cookieJar(res, deps.config.session.secureCookie);
        // A chapter's API token speaks for the chapter alone: a request carrying one is never also
        // a signed-in person, whatever cookie it sends.
        const bearer = bearerToken(req.headers.authorization);
        const token = bearer ? null : readSessionToken(req);
        const resolved = token
          ? await resolveSession(deps.prisma, token, now(), deps.config.session)
          : { viewer: null, expired: false };
        if (token && resolved.expired) cookies.clearSession();
        // Its calls are recorded and counted by tokenCallsPlugin, once Apollo has the query text.
        const apiToken = bearer ? await authenticateToken(deps.prisma, bearer) : undefined;
        return {
          apiToken,
          prisma: deps.prisma,
          config: deps.config,
          mailTransport: deps.mailTransport,
          now,
          ip: req.ip ?? 'unknown',
          userAgent: req.headers['user-agent'],
          viewer: resolved.viewer,
          sessionExpired: resolved.expired,
          cookies,
        };
      },
    }),
  );
  app.use('/api/documents', documentsRouter({ prisma: deps.prisma, config: deps.config, now }));
  app.use('/api/exports', exportsRouter({ prisma: deps.prisma, config: deps.config, now }));
  app.use('/admin', spa(deps.config.adminDist, 'admin console'));
  app.use('/', spa(deps.config.portalDist, 'applicant portal'));
  return { app, stop: () => apollo.stop() };
}
