import { z } from 'zod';
import { builder } from '../builder.ts';
import { fromIsoDay } from '../calendar-day.ts';
import { FieldValidationError, NotFoundError } from '../errors.ts';
import { authErrors } from './error-types.ts';

export const ApplicantProfileRef = builder.prismaObject('ApplicantProfile', {
  fields: (t) => ({
    id: t.exposeID('id'),
    phone: t.exposeString('phone', { nullable: true }),
    addressLine: t.exposeString('addressLine', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    employer: t.exposeString('employer', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
    membershipNumber: t.exposeString('membershipNumber', { nullable: true }),
    membershipExpiresOn: t.expose('membershipExpiresOn', { type: 'Date', nullable: true }),
    association: t.relation('association'),
    chapter: t.relation('chapter', { nullable: true }),
  }),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((s) => (s === '' ? null : s))
    .nullish();

const UpdateMyProfileInput = builder.inputType('UpdateMyProfileInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(1, 'Enter your name.').max(200) }),
    phone: t.string({
      validate: optionalText(40).refine(
        (p) => !p || /^[+()\d\s.-]{5,40}$/.test(p),
        'Enter a valid phone number.',
      ),
    }),
    addressLine: t.string({ validate: optionalText(200) }),
    city: t.string({ validate: optionalText(100) }),
    postalCode: t.string({ validate: optionalText(20) }),
    employer: t.string({ validate: optionalText(200) }),
    jobTitle: t.string({ validate: optionalText(200) }),
    membershipNumber: t.string({ validate: optionalText(50) }),
    membershipExpiresOn: t.field({ type: 'Date' }),
    chapterId: t.id(),
  }),
});

builder.queryField('myProfile', (t) =>
  t.prismaField({
    type: 'ApplicantProfile',
    nullable: true,
    authScopes: { applicant: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.applicantProfile.findUnique({ ...query, where: { userId: ctx.viewer?.userId ?? '' } }),
  }),
);

builder.mutationField('updateMyProfile', (t) =>
  t.field({
    type: ApplicantProfileRef,
    authScopes: { applicant: true },
    errors: { types: [...authErrors, NotFoundError] },
    args: { input: t.arg({ type: UpdateMyProfileInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const userId = ctx.viewer?.userId ?? '';
      const profile = await ctx.prisma.applicantProfile.findUnique({ where: { userId } });
      if (!profile) throw new NotFoundError('You have no applicant profile.');
      const chapterId = input.chapterId ? String(input.chapterId) : null;
      if (
        chapterId &&
        !(await ctx.prisma.chapter.findFirst({
          where: { id: chapterId, associationId: profile.associationId },
        }))
      ) {
        throw new FieldValidationError([
          { path: 'chapterId', message: 'Choose a chapter of your association.' },
        ]);
      }
      const { name, chapterId: _c, membershipExpiresOn, ...fields } = input;
      return ctx.prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { name } });
        return tx.applicantProfile.update({
          where: { id: profile.id },
          data: {
            ...fields,
            chapterId,
            membershipExpiresOn: membershipExpiresOn ? fromIsoDay(membershipExpiresOn) : null,
          },
        });
      });
    },
  }),
);
