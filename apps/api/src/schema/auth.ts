import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { emailRule } from '../auth/email.ts';
import { requestPasswordReset, resetPassword } from '../auth/password-reset.ts';
import { passwordRule } from '../auth/passwords.ts';
import { destroySession } from '../auth/sessions.ts';
import { signIn } from '../auth/sign-in.ts';
import { signUp } from '../auth/sign-up.ts';
import { builder } from '../builder.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidTokenError,
  TooManyAttemptsError,
} from '../errors.ts';
import { UserRef } from './users.ts';

const name = z.string().trim().min(1, 'Enter your name.').max(200, 'Use at most 200 characters.');

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: name }),
    email: t.string({ required: true, validate: emailRule }),
    password: t.string({ required: true, validate: passwordRule }),
    associationId: t.id({ required: true }),
    chapterId: t.id({ required: false }),
  }),
});

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({
    email: t.string({ required: true, validate: emailRule }),
    password: t.string({ required: true, validate: z.string().min(1, 'Enter your password.').max(256) }),
  }),
});

const RequestPasswordResetInput = builder.inputType('RequestPasswordResetInput', {
  fields: (t) => ({ email: t.string({ required: true, validate: emailRule }) }),
});

const ResetPasswordInput = builder.inputType('ResetPasswordInput', {
  fields: (t) => ({
    token: t.string({ required: true, validate: z.string().min(1).max(200) }),
    password: t.string({ required: true, validate: passwordRule }),
  }),
});

builder.mutationFields((t) => ({
  signUp: t.field({
    type: UserRef,
    description: 'Creates an applicant account and signs it in.',
    authScopes: { public: true },
    errors: { types: [InputValidationError, ConflictError] },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => signUp(ctx, input),
  }),
  signIn: t.field({
    type: UserRef,
    authScopes: { public: true },
    errors: { types: [InputValidationError, InvalidCredentialsError, TooManyAttemptsError, ForbiddenError] },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: (_root, { input }, ctx) => signIn(ctx, input),
  }),
  signOut: t.boolean({
    description: 'Ends the current session; true whether or not one was open.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer) await destroySession(ctx.prisma, ctx.viewer.sessionId);
      ctx.cookies.clearSession();
      return true;
    },
  }),
  requestPasswordReset: t.boolean({
    description:
      'Emails a single-use reset link if the account exists; the answer never says whether it does.',
    authScopes: { public: true },
    errors: { types: [InputValidationError] },
    args: { input: t.arg({ type: RequestPasswordResetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await requestPasswordReset(ctx, input.email);
      return true;
    },
  }),
  resetPassword: t.boolean({
    description: 'Sets a new password with an emailed token and signs the account out everywhere.',
    authScopes: { public: true },
    errors: { types: [InputValidationError, InvalidTokenError] },
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await resetPassword(ctx, input.token, input.password);
      return true;
    },
  }),
}));
