import type { EducationEntry } from '@imh/competencies';
import { z } from 'zod/mini';
import type { DegreeLevel, EducationEntryInput } from '../../../gql/graphql';
import { isRealDate } from './dates';
import { optionalDate, requiredText } from './field-rules';
import { DEGREE_LEVELS } from './labels';

export const educationSchema = (today: string) =>
  z.object({
    degreeLevel: z.enum(DEGREE_LEVELS as [DegreeLevel, ...DegreeLevel[]], { error: 'Choose the degree.' }),
    field: requiredText(200, 'Enter the field of study.'),
    institution: requiredText(200, 'Enter the institution.'),
    completedOn: optionalDate({ today }),
  });

export type EducationValues = z.infer<ReturnType<typeof educationSchema>>;

export interface EducationNode {
  id: string;
  degreeLevel: DegreeLevel;
  field: string;
  institution: string;
  completedOn: string | null;
}

export const emptyEducation = (): EducationValues => ({
  degreeLevel: 'BACHELOR',
  field: '',
  institution: '',
  completedOn: '',
});

export const educationValues = (node: EducationNode): EducationValues => ({
  degreeLevel: node.degreeLevel,
  field: node.field,
  institution: node.institution,
  completedOn: node.completedOn ?? '',
});

export const toEducationInput = (
  values: EducationValues,
  documentId: string | null,
): EducationEntryInput => ({
  degreeLevel: values.degreeLevel,
  field: values.field.trim(),
  institution: values.institution.trim(),
  completedOn: values.completedOn === '' ? null : values.completedOn,
  documentId,
});

/** What the rules would read if the form were saved now; a date still being typed counts as "in progress". */
export const toEducationRulesEntry = (values: EducationValues, id: string): EducationEntry => ({
  id,
  degree: values.degreeLevel,
  field: values.field,
  institution: values.institution,
  completedOn: isRealDate(values.completedOn) ? values.completedOn : undefined,
});
