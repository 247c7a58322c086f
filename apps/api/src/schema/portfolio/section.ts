import type {
  EducationEntry,
  LeadershipEntry,
  MembershipEntry,
  Prisma,
  RscEntry,
  TrainingEntry,
  WorkEntry,
} from '@imh/db';
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { builder } from '../../builder.ts';
import { ConflictError, type FieldIssue, NotFoundError } from '../../errors.ts';
import { authErrors } from '../error-types.ts';
import { changeOwnPortfolio, documentIssues, type RuleEnv, type Tx, throwIfIssues } from './shared.ts';

type Types = typeof builder.$inferSchemaTypes;

type Models = {
  educationEntry: { row: EducationEntry; data: Prisma.EducationEntryUncheckedCreateInput };
  workEntry: { row: WorkEntry; data: Prisma.WorkEntryUncheckedCreateInput };
  trainingEntry: { row: TrainingEntry; data: Prisma.TrainingEntryUncheckedCreateInput };
  rscEntry: { row: RscEntry; data: Prisma.RscEntryUncheckedCreateInput };
  leadershipEntry: { row: LeadershipEntry; data: Prisma.LeadershipEntryUncheckedCreateInput };
  membershipEntry: { row: MembershipEntry; data: Prisma.MembershipEntryUncheckedCreateInput };
};
type Model = keyof Models;

// Each entry table has its own generic Prisma delegate, and TypeScript cannot call a method through
// a union of them; the flow below only needs this common face, which every one of them has.
interface EntryDelegate<Row> {
  findFirst(args: { where: { id: string; profileId: string }; select: { id: true } }): Promise<{
    id: string;
  } | null>;
  create(args: { data: object }): Promise<Row>;
  update(args: { where: { id: string }; data: object }): Promise<Row>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}
const entries = <M extends Model>(tx: Tx, model: M) =>
  tx[model] as unknown as EntryDelegate<Models[M]['row']>;

export const portfolioErrors = { types: [...authErrors, NotFoundError, ConflictError] };

// Sections with evidence (education, work, trainings, RSC) have a documentId; the others have none.
const documentIdOf = (input: object) =>
  'documentId' in input ? (input.documentId as string | number | null | undefined) : undefined;

/**
 * Registers `create<Name>(input)`, `update<Name>(id, input)` and `delete<Name>(id)` for one portfolio
 * section. All three act on the signed-in applicant's own entries only: another person's id is "not
 * found", a locked portfolio is a conflict, and every failure leaves the database as it was.
 * An update replaces the entry with the input, as the form sends it whole.
 */
export function definePortfolioSection<M extends Model, Input extends object>(section: {
  name: string;
  label: string;
  model: M;
  type: ObjectRef<Types, Models[M]['row']>;
  input: InputObjectRef<Types, Input>;
  toData: (input: Input) => Omit<Models[M]['data'], 'profileId' | 'id' | 'createdAt'>;
  rules?: (input: Input, env: RuleEnv) => FieldIssue[];
}) {
  const { name, label, model } = section;
  // Pothos cannot work out argument and result types through this function's type parameters; the
  // section's refs are typed where they are made, so they are widened once, here.
  const output = section.type as ObjectRef<Types, unknown>;
  const inputRef = section.input as InputObjectRef<Types, object>;
  const checkInput = async (tx: Tx, profile: { id: string; env: RuleEnv }, input: Input) =>
    throwIfIssues([
      ...(section.rules?.(input, profile.env) ?? []),
      ...(await documentIssues(tx, profile.id, documentIdOf(input))),
    ]);
  const findOwn = async (tx: Tx, id: string, profileId: string) => {
    const own = await entries(tx, model).findFirst({ where: { id, profileId }, select: { id: true } });
    if (!own) throw new NotFoundError(`No such ${label} in your portfolio.`);
    return own.id;
  };

  builder.mutationFields((t) => ({
    [`create${name}`]: t.field({
      type: output,
      description: `Adds a ${label} to the signed-in applicant's portfolio.`,
      authScopes: { applicant: true },
      errors: portfolioErrors,
      args: { input: t.arg({ type: inputRef, required: true }) },
      resolve: (_root, args, ctx) =>
        changeOwnPortfolio(ctx, async (tx, profile) => {
          const input = args.input as Input;
          await checkInput(tx, profile, input);
          return entries(tx, model).create({ data: { ...section.toData(input), profileId: profile.id } });
        }),
    }),
    [`update${name}`]: t.field({
      type: output,
      description: `Replaces one of the applicant's ${label} entries with the input.`,
      authScopes: { applicant: true },
      errors: portfolioErrors,
      args: {
        id: t.arg.id({ required: true }),
        input: t.arg({ type: inputRef, required: true }),
      },
      resolve: (_root, args, ctx) =>
        changeOwnPortfolio(ctx, async (tx, profile) => {
          const input = args.input as Input;
          const own = await findOwn(tx, String(args.id), profile.id);
          await checkInput(tx, profile, input);
          return entries(tx, model).update({ where: { id: own }, data: section.toData(input) });
        }),
    }),
    [`delete${name}`]: t.field({
      type: 'ID',
      description: `Removes one of the applicant's ${label} entries; returns its id.`,
      authScopes: { applicant: true },
      errors: portfolioErrors,
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, { id }, ctx) =>
        changeOwnPortfolio(ctx, async (tx, profile) => {
          const own = await findOwn(tx, String(id), profile.id);
          await entries(tx, model).delete({ where: { id: own } });
          return own;
        }),
    }),
  }));

  /** The same checks and row for other ways of adding an entry (the renewal's hours log). */
  return {
    input: section.input,
    type: section.type,
    checkInput,
    create: (tx: Tx, profileId: string, input: Input) =>
      entries(tx, model).create({ data: { ...section.toData(input), profileId } }),
  };
}
