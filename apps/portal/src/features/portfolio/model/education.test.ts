import { describe, expect, it } from 'vitest';
import {
  educationSchema,
  educationValues,
  emptyEducation,
  toEducationInput,
  toEducationRulesEntry,
} from './education';

const TODAY = '2026-11-23';
const schema = educationSchema(TODAY);
const valid = {
  degreeLevel: 'BACHELOR',
  field: 'Child Development',
  institution: 'Wayne State',
  completedOn: '2019-05-15',
};
const issues = (values: object) =>
  schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('educationSchema', () => {
  it('accepts a degree completed today, and one still in progress', () => {
    expect(schema.safeParse({ ...valid, completedOn: TODAY }).success).toBe(true);
    expect(schema.safeParse({ ...valid, completedOn: '' }).success).toBe(true);
  });

  it.each([
    [{ field: '   ' }, 'field', 'Enter the field of study.'],
    [{ institution: 'x'.repeat(201) }, 'institution', 'Use at most 200 characters.'],
    [{ completedOn: '2026-11-24' }, 'completedOn', 'The date cannot be in the future.'],
    [{ completedOn: '1949-12-31' }, 'completedOn', 'Enter a date from 1950 onwards.'],
    [{ completedOn: '2019-02-30' }, 'completedOn', 'Enter a date like 2024-05-31.'],
    [{ degreeLevel: 'PHD' }, 'degreeLevel', 'Choose the degree.'],
  ])('refuses %j', (change, path, message) => {
    expect(issues({ ...valid, ...change })).toEqual([[path, message]]);
  });

  it('accepts the earliest day and 200 characters', () => {
    expect(
      schema.safeParse({ ...valid, completedOn: '1950-01-01', institution: 'x'.repeat(200) }).success,
    ).toBe(true);
  });
});

describe('education mappings', () => {
  it('sends an empty completion date as null and the document id', () => {
    expect(
      toEducationInput({ ...emptyEducation(), field: ' Social work ', institution: 'UM' }, 'doc-1'),
    ).toEqual({
      degreeLevel: 'BACHELOR',
      field: 'Social work',
      institution: 'UM',
      completedOn: null,
      documentId: 'doc-1',
    });
  });

  it('reads a saved entry back into the form', () => {
    const node = {
      id: 'e1',
      degreeLevel: 'MASTER' as const,
      field: 'F',
      institution: 'I',
      completedOn: null,
    };
    expect(educationValues(node)).toEqual({
      degreeLevel: 'MASTER',
      field: 'F',
      institution: 'I',
      completedOn: '',
    });
  });

  it('gives the rules the degree, and a completion date only once it is a real date', () => {
    expect(toEducationRulesEntry({ ...valid, degreeLevel: 'MASTER' }, 'e1')).toEqual({
      id: 'e1',
      degree: 'MASTER',
      field: 'Child Development',
      institution: 'Wayne State',
      completedOn: '2019-05-15',
    });
    expect(
      toEducationRulesEntry({ ...valid, degreeLevel: 'MASTER', completedOn: '' }, 'e1').completedOn,
    ).toBeUndefined();
  });
});
