import { createHash } from 'node:crypto';
import type { PrismaClient } from '@imh/db';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { resolveSession, type Viewer } from '../auth/sessions.ts';
import type { AppConfig } from '../env.ts';
import { ConflictError } from '../errors.ts';
import { cookieJar, readSessionToken } from '../http/session-cookie.ts';
import { assertPortfolioEditable } from '../portfolio/editable.ts';
import { canReadDocument } from '../schema/portfolio/access.ts';
import { declaredType, sniffType } from './file-types.ts';
import { attachmentDisposition, sanitizeFilename } from './filename.ts';
import { openStoredFile, removeStoredFile, storeFile } from './storage.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/**
 * A custom header a cross-site form cannot send, and that a cross-origin script can send only after
 * a CORS preflight this server never approves: an upload cannot be forged from another site.
 */
export const CSRF_HEADER = { name: 'x-requested-with', value: 'imh-portal' } as const;

export const documentUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

type Deps = { prisma: PrismaClient; config: AppConfig; now: () => Date };
type Locals = { viewer: Viewer; profileId: string };

const fail = (res: Response, status: number, error: string) => {
  res.status(status).json({ error });
};

/**
 * POST /api/documents uploads one file (the raw bytes as the body); GET /api/documents/:id
 * downloads it. Documents are attached to portfolio entries through GraphQL (documentId).
 */
export function documentsRouter({ prisma, config, now }: Deps): Router {
  const router = express.Router();

  // The same session the GraphQL context resolves, from the same cookie.
  const signedIn = async (req: Request, res: Response<unknown, Locals>, next: NextFunction) => {
    const token = readSessionToken(req);
    const resolved = token
      ? await resolveSession(prisma, token, now(), config.session)
      : { viewer: null, expired: false };
    if (token && resolved.expired) cookieJar(res, config.session.secureCookie).clearSession();
    if (!resolved.viewer) return fail(res, 401, 'Please sign in to continue.');
    res.locals.viewer = resolved.viewer;
    next();
  };

  router.post(
    '/',
    (req, res, next) => {
      if (req.get(CSRF_HEADER.name) !== CSRF_HEADER.value) {
        return fail(res, 403, `Uploads must carry the header ${CSRF_HEADER.name}: ${CSRF_HEADER.value}.`);
      }
      next();
    },
    signedIn,
    // Everything that can be refused without the file is refused before it is read.
    async (req, res: Response<unknown, Locals>, next) => {
      const { viewer } = res.locals;
      const profile = viewer.roles.some((r) => r.role === 'APPLICANT')
        ? await prisma.applicantProfile.findUnique({ where: { userId: viewer.userId }, select: { id: true } })
        : null;
      if (!profile) return fail(res, 403, 'Only applicants can upload documents.');
      if (!declaredType(req.get('content-type'))) {
        return fail(res, 415, 'Upload a PDF, PNG or JPEG file.');
      }
      await assertPortfolioEditable(prisma, profile.id);
      res.locals.profileId = profile.id;
      next();
    },
    express.raw({ type: () => true, limit: MAX_DOCUMENT_BYTES }),
    async (req, res: Response<unknown, Locals>) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const declared = declaredType(req.get('content-type'));
      const actual = sniffType(bytes);
      if (bytes.length === 0) return fail(res, 400, 'The file is empty.');
      if (!actual || actual !== declared) {
        return fail(
          res,
          415,
          'The file is not a PDF, PNG or JPEG file (its contents do not match its type).',
        );
      }
      const { profileId } = res.locals;
      const filename = sanitizeFilename(req.get('x-filename'), actual);
      const key = await storeFile(config.dataDir, bytes);
      try {
        const document = await prisma.$transaction(async (tx) => {
          await assertPortfolioEditable(tx, profileId);
          return tx.document.create({
            data: {
              profileId,
              filename,
              contentType: actual,
              sizeBytes: bytes.length,
              sha256: createHash('sha256').update(bytes).digest('hex'),
              storageKey: key,
              createdAt: now(),
            },
          });
        });
        res.status(201).json({
          id: document.id,
          filename: document.filename,
          contentType: document.contentType,
          sizeBytes: document.sizeBytes,
          url: documentUrl(document.id),
        });
      } catch (error) {
        // No row points at the file: it must not stay behind.
        await removeStoredFile(config.dataDir, key);
        throw error;
      }
    },
  );

  router.get('/:id', signedIn, async (req, res: Response<unknown, Locals>) => {
    const id = req.params.id;
    const document = await prisma.document.findUnique({
      where: { id: typeof id === 'string' ? id : '' },
      include: { profile: { select: { userId: true, associationId: true } } },
    });
    // Someone else's document is "not found", as one that does not exist: ids reveal nothing.
    if (!document || !(await canReadDocument(prisma, res.locals.viewer, document))) {
      return fail(res, 404, 'No such document.');
    }
    const stream = openStoredFile(config.dataDir, document.storageKey);
    stream.once('error', (error) => {
      console.error(`[documents] cannot read ${document.id}:`, error);
      if (res.headersSent) res.destroy(error);
      else fail(res, 404, 'No such document.');
    });
    stream.once('open', () => {
      res.status(200);
      res.setHeader('Content-Type', document.contentType);
      res.setHeader('Content-Length', String(document.sizeBytes));
      res.setHeader('Content-Disposition', attachmentDisposition(document.filename));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      // Should a browser render it anyway, it runs nothing and loads nothing.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      stream.pipe(res);
    });
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof ConflictError) return fail(res, 409, error.message);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return fail(res, 413, `The file is too large: the limit is ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    }
    if (type === 'request.aborted') return;
    console.error('[documents] unexpected error:', error);
    fail(res, 500, 'Something went wrong on our side. It has been logged; please try again.');
  });

  return router;
}
