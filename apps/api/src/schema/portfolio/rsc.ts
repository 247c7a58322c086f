import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import type { FieldIssue } from '../../errors.ts';
import { LevelCodeEnum, MentorTrackEnum } from '../evaluation.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { DegreeLevelEnum, RscFormatEnum } from './enums.ts';
import { definePortfolioSection } from './section.ts';
import {
  day,
  endNotBeforeStart,
  hours,
  inputShape,
  notInFuture,
  optionalEmail,
  portfolioConnection,
  requiredText,
} from './shared.ts';

/** Reflective supervision is logged over periods; more than this per day of the period is a typo. */
const MAX_RSC_HOURS_PER_DAY = 12;
const DAY_MS = 86_400_000;

export const RscEntryRef = builder.prismaObject('RscEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    hours: t.float({ resolve: (e) => e.hours.toNumber() }),
    format: t.expose('format', { type: RscFormatEnum }),
    providerName: t.exposeString('providerName'),
    providerEmail: t.exposeString('providerEmail', { nullable: true }),
    providerLevel: t.expose('providerLevel', {
      type: LevelCodeEnum,
      nullable: true,
      description: "The provider's endorsement when the RSC was received; null when not endorsed.",
    }),
    providerTrack: t.expose('providerTrack', { type: MentorTrackEnum, nullable: true }),
    providerDegree: t.expose('providerDegree', { type: DegreeLevelEnum, nullable: true }),
    peer: t.exposeBoolean('peer', {
      description: 'Colleagues meeting without an identified provider: never counts as RSC.',
    }),
    aboutApplicantsOwnRsc: t.exposeBoolean('aboutApplicantsOwnRsc', {
      description: 'The RSC was about the reflective supervision the applicant provides to others.',
    }),
    document: t.relation('document', { nullable: true }),
  }),
});

const RscEntryInput = builder.inputType('RscEntryInput', {
  validate: inputShape({
    startDate: day,
    endDate: day,
    hours: hours(1000),
    providerName: requiredText(200, "Enter the provider's name."),
    providerEmail: optionalEmail,
  }),
  fields: (t) => ({
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', required: true }),
    hours: t.float({ required: true }),
    format: t.field({ type: RscFormatEnum, required: true }),
    providerName: t.string({ required: true }),
    providerEmail: t.string(),
    providerLevel: t.field({ type: LevelCodeEnum }),
    providerTrack: t.field({ type: MentorTrackEnum, description: 'Only for a Mentor (IMHM) provider.' }),
    providerDegree: t.field({ type: DegreeLevelEnum }),
    peer: t.boolean({ required: true, defaultValue: false }),
    aboutApplicantsOwnRsc: t.boolean({ required: true, defaultValue: false }),
    documentId: t.id({ description: 'A log or letter among your uploaded documents.' }),
  }),
});

function rscRules(
  input: {
    startDate: string;
    endDate: string;
    hours: number;
    providerLevel?: string | null;
    providerTrack?: string | null;
  },
  today: string,
): FieldIssue[] {
  const issues = [
    ...notInFuture('startDate', input.startDate, today),
    ...notInFuture('endDate', input.endDate, today),
    ...endNotBeforeStart('endDate', input.startDate, input.endDate),
  ];
  const days =
    Math.round((fromIsoDay(input.endDate).getTime() - fromIsoDay(input.startDate).getTime()) / DAY_MS) + 1;
  if (days >= 1 && input.hours > days * MAX_RSC_HOURS_PER_DAY) {
    issues.push({
      path: 'hours',
      message: `At most ${MAX_RSC_HOURS_PER_DAY} hours a day: ${days} day(s) allow at most ${days * MAX_RSC_HOURS_PER_DAY} hours.`,
    });
  }
  if (input.providerTrack && input.providerLevel !== 'IMHM') {
    issues.push({ path: 'providerTrack', message: 'Only a Mentor (IMHM) provider has a track.' });
  }
  return issues;
}

export const rscSection = definePortfolioSection({
  name: 'RscEntry',
  label: 'reflective supervision/consultation entry',
  model: 'rscEntry',
  type: RscEntryRef,
  input: RscEntryInput,
  rules: (input, { today }) => rscRules(input, today),
  toData: (input) => ({
    startDate: fromIsoDay(input.startDate),
    endDate: fromIsoDay(input.endDate),
    hours: input.hours,
    format: input.format,
    providerName: input.providerName,
    providerEmail: input.providerEmail ?? null,
    providerLevel: input.providerLevel ?? null,
    providerTrack: input.providerTrack ?? null,
    providerDegree: input.providerDegree ?? null,
    peer: input.peer,
    aboutApplicantsOwnRsc: input.aboutApplicantsOwnRsc,
    documentId: input.documentId ? String(input.documentId) : null,
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'rsc', (t) =>
  t.relatedConnection('rsc', {
    ...portfolioConnection,
    description: 'Reflective supervision/consultation received, newest period first.',
    query: { orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] },
  }),
);
