import { builder } from '../../builder.ts';
import { documentUrl } from '../../documents/routes.ts';
import { removeStoredFile } from '../../documents/storage.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { portfolioErrors } from './section.ts';
import { changeOwnPortfolio, portfolioConnection } from './shared.ts';

export const DocumentRef = builder.prismaObject('Document', {
  description: 'An uploaded file (PDF, PNG or JPEG). Upload with POST /api/documents.',
  fields: (t) => ({
    id: t.exposeID('id'),
    filename: t.exposeString('filename'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    url: t.string({
      description: 'Where to download it (same origin, with the session cookie).',
      resolve: (d) => documentUrl(d.id),
    }),
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'documents', (t) =>
  t.relatedConnection('documents', {
    ...portfolioConnection,
    description: 'Uploaded documents, newest first.',
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  }),
);

builder.mutationField('deleteDocument', (t) =>
  t.field({
    type: 'ID',
    description:
      'Deletes one of your documents and its file; entries that referred to it keep no document. Returns its id.',
    authScopes: { applicant: true },
    errors: portfolioErrors,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const removed = await changeOwnPortfolio(ctx, async (tx, profile) => {
        const own = await tx.document.findFirst({ where: { id: String(id), profileId: profile.id } });
        if (!own) throw new NotFoundError('No such document among yours.');
        // A submitted round is evidence as it stood: its documents stay, even once the entry changes.
        const round = await tx.applicationSubmission.findFirst({
          where: { snapshot: { path: ['documents'], array_contains: [{ documentId: own.id }] } },
          select: { round: true, application: { select: { level: true } } },
        });
        if (round) {
          throw new ConflictError(
            `This document is part of your submitted ${round.application.level} application (round ${round.round}) and is kept with it.`,
          );
        }
        await tx.document.delete({ where: { id: own.id } });
        return own;
      });
      // After the commit: a failed transaction must not lose a file its row still points at.
      await removeStoredFile(ctx.config.dataDir, removed.storageKey);
      return removed.id;
    },
  }),
);
