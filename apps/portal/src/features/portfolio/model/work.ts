import type { WorkEntry } from '@imh/competencies';
import { z } from 'zod/mini';
import type { WorkEntryInput, WorkKind } from '../../../gql/graphql';
import { isRealDate } from './dates';
import {
  asNumber,
  endNotBeforeStart,
  numberValue,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
} from './field-rules';
import { WORK_KINDS } from './labels';

const nonNegative = (n: number | null) => (n === null ? undefined : Math.max(0, n));

const HOURS_PER_WEEK = 'Enter the hours per week, from 1 to 80.';
const FAMILIES = 'Enter a number of families from 0 to 10000.';

export const workSchema = (today: string) =>
  z
    .object({
      role: requiredText(200, 'Enter the role or job title.'),
      employer: requiredText(200, 'Enter the employer.'),
      paid: z.boolean(),
      kind: z.enum(WORK_KINDS as [WorkKind, ...WorkKind[]], { error: 'Choose the kind of work.' }),
      startDate: requiredDate('Enter the start date.', { today }),
      endDate: optionalDate({ today }),
      hoursPerWeek: numberValue({ missing: HOURS_PER_WEEK, range: HOURS_PER_WEEK, min: 1, max: 80 }),
      servesInfantsFamilies: z.boolean(),
      familiesServed: numberValue({ range: FAMILIES, min: 0, max: 10_000, integer: true }),
      supervised: z.boolean(),
      description: optionalText(2000),
    })
    .check(endNotBeforeStart('startDate', 'endDate'));

export type WorkValues = z.infer<ReturnType<typeof workSchema>>;

export interface WorkNode {
  id: string;
  role: string;
  employer: string;
  paid: boolean;
  kind: WorkKind;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number;
  servesInfantsFamilies: boolean;
  familiesServed: number | null;
  supervised: boolean;
  description: string | null;
}

export const emptyWork = (): WorkValues => ({
  role: '',
  employer: '',
  paid: true,
  kind: 'PREVENTION_EARLY_INTERVENTION',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  servesInfantsFamilies: true,
  familiesServed: '',
  supervised: false,
  description: '',
});

export const workValues = (node: WorkNode): WorkValues => ({
  role: node.role,
  employer: node.employer,
  paid: node.paid,
  kind: node.kind,
  startDate: node.startDate,
  endDate: node.endDate ?? '',
  hoursPerWeek: node.hoursPerWeek,
  servesInfantsFamilies: node.servesInfantsFamilies,
  familiesServed: node.familiesServed ?? '',
  supervised: node.supervised,
  description: node.description ?? '',
});

export const toWorkInput = (values: WorkValues, documentId: string | null): WorkEntryInput => ({
  role: values.role.trim(),
  employer: values.employer.trim(),
  paid: values.paid,
  kind: values.kind,
  startDate: values.startDate,
  endDate: values.endDate === '' ? null : values.endDate,
  hoursPerWeek: asNumber(values.hoursPerWeek) ?? 0,
  servesInfantsFamilies: values.servesInfantsFamilies,
  familiesServed: asNumber(values.familiesServed),
  supervised: values.supervised,
  description: values.description.trim() === '' ? null : values.description.trim(),
  documentId,
});

/**
 * What the rules would read if the form were saved now. Without a start date (or with an end before
 * it) there is no period to count, so the entry is left out rather than guessed.
 */
export const toWorkRulesEntry = (values: WorkValues, id: string): WorkEntry | null => {
  if (!isRealDate(values.startDate)) return null;
  const endDate = isRealDate(values.endDate) ? values.endDate : undefined;
  if (endDate !== undefined && endDate < values.startDate) return null;
  return {
    id,
    role: values.role,
    employer: values.employer,
    kind: values.kind,
    paid: values.paid,
    supervised: values.supervised,
    startDate: values.startDate,
    endDate,
    hoursPerWeek: Math.max(0, asNumber(values.hoursPerWeek) ?? 0),
    servesInfantsAndFamilies: values.servesInfantsFamilies,
    familiesServed: nonNegative(asNumber(values.familiesServed)),
  };
};
