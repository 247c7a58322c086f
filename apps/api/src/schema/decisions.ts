import { z } from 'zod';
import { isCoordinatorFor } from '../applications/access.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { decideApplication } from '../review/decide.ts';
import { recordExamResult } from '../review/exam.ts';
import { ApplicationRef, PortfolioSectionEnum } from './applications.ts';
import './endorsements.ts';
import { authErrors } from './error-types.ts';

const DecisionKindEnum = builder.enumType('DecisionKind', {
  values: ['REQUEST_CHANGES', 'EXAM_PENDING', 'EXAM_RESULT', 'ENDORSE', 'DENY'] as const,
});
const DecideKindEnum = builder.enumType('DecideKind', {
  description: 'What a coordinator may decide; exam results have their own mutation.',
  values: ['REQUEST_CHANGES', 'EXAM_PENDING', 'ENDORSE', 'DENY'] as const,
});

// The applicant's view of decisions stays Application.changeRequests; this variant is the staff record.
const DecisionRef = builder.prismaObject('Decision', {
  variant: 'Decision',
  description: 'A coordinator’s decision on an application, with who made it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: DecisionKindEnum }),
    message: t.exposeString('message', { nullable: true }),
    sections: t.field({
      type: [PortfolioSectionEnum],
      resolve: (d) => d.sections as (typeof PortfolioSectionEnum.$inferType)[],
    }),
    decidedBy: t.relation('decidedBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('Exam', {
  fields: (t) => ({
    id: t.exposeID('id'),
    takenOn: t.expose('takenOn', { type: 'Date', nullable: true }),
    scorePercent: t.exposeInt('scorePercent', { nullable: true }),
    passed: t.exposeBoolean('passed', { nullable: true }),
    recordedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(ApplicationRef, (t) => ({
  decisions: t.relation('decisions', {
    type: DecisionRef,
    description: 'Every decision, newest first. Coordinators only: the applicant reads changeRequests.',
    authScopes: (a, _args, ctx) => isCoordinatorFor(ctx, a.id),
    query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  }),
  exams: t.relation('exams', {
    description: 'Exam results recorded, oldest first. Coordinators only.',
    authScopes: (a, _args, ctx) => isCoordinatorFor(ctx, a.id),
    query: { orderBy: [{ takenOn: 'asc' }, { createdAt: 'asc' }] },
  }),
  // Whoever may read the application (its owner, its staff) may read what it granted.
  endorsement: t.relation('endorsement', { nullable: true }),
}));

const DecisionInput = builder.inputType('DecisionInput', {
  fields: (t) => ({
    kind: t.field({ type: DecideKindEnum, required: true }),
    message: t.string({
      required: false,
      description: 'Required to request changes (to the applicant) and to deny (the reasons).',
      validate: z.string().max(5000),
    }),
    sections: t.field({ type: [PortfolioSectionEnum], required: false }),
  }),
});

const ExamResultInput = builder.inputType('ExamResultInput', {
  fields: (t) => ({
    takenOn: t.field({ type: 'Date', required: true }),
    scorePercent: t.int({ required: true, validate: z.number().int().min(0).max(100) }),
    passed: t.boolean({ required: true }),
  }),
});

const errors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  decideApplication: t.field({
    type: ApplicationRef,
    description:
      'The coordinator decides: request changes, exam pending, endorse (grants the numbered endorsement) or deny.',
    authScopes: { coordinator: true },
    errors,
    args: {
      applicationId: t.arg.id({ required: true }),
      input: t.arg({ type: DecisionInput, required: true }),
    },
    resolve: (_root, args, ctx) => decideApplication(ctx, String(args.applicationId), args.input),
  }),
  recordExamResult: t.field({
    type: ApplicationRef,
    description: 'Records the written exam of an application waiting for it; a failed exam keeps it waiting.',
    authScopes: { coordinator: true },
    errors,
    args: {
      applicationId: t.arg.id({ required: true }),
      input: t.arg({ type: ExamResultInput, required: true }),
    },
    resolve: (_root, args, ctx) => recordExamResult(ctx, String(args.applicationId), args.input),
  }),
}));
