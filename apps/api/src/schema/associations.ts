import { builder } from '../builder.ts';

builder.prismaObject('Association', {
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    ruleEdition: t.exposeString('ruleEdition', {
      description: 'The @imh/competencies edition new applications are judged by.',
    }),
    chapters: t.relation('chapters', { query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.prismaObject('Chapter', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    region: t.exposeString('region', { nullable: true }),
  }),
});

builder.queryField('associations', (t) =>
  t.prismaField({
    type: ['Association'],
    description: 'The associations and their chapters, for choosing one at sign-up.',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.association.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
);
