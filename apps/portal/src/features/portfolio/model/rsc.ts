import type { RscEntry, MentorTrack as RulesTrack } from '@imh/competencies';
import { z } from 'zod/mini';
import type { DegreeLevel, LevelCode, MentorTrack, RscEntryInput, RscFormat } from '../../../gql/graphql';
import { daysInclusive, isRealDate } from './dates';
import { asNumber, endNotBeforeStart, numberValue, orNull, requiredDate, requiredText } from './field-rules';
import { DEGREE_LEVELS, FORMATS } from './labels';

/** The API's limit: reflective supervision is logged over periods, and more per day is a typo. */
export const MAX_RSC_HOURS_PER_DAY = 12;

const LEVELS: LevelCode[] = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];
const TRACKS: MentorTrack[] = ['CLINICAL', 'POLICY', 'RESEARCH_FACULTY'];
const blankOr = <T extends string>(values: T[]) => z.enum(['', ...values] as ['', ...T[]]);

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const rscSchema = (today: string) =>
  z
    .object({
      startDate: requiredDate('Enter the start date.', { today }),
      endDate: requiredDate('Enter the end date.', { today }),
      hours: numberValue({
        missing: 'Enter the hours.',
        range: 'Enter a number of hours above 0 and at most 1000.',
        min: 0,
        max: 1000,
        exclusiveMin: true,
      }),
      format: z.enum(FORMATS as [RscFormat, ...RscFormat[]], { error: 'Choose the format.' }),
      providerName: requiredText(200, "Enter the provider's name."),
      providerEmail: z.string().check(
        z.trim(),
        z.maxLength(254, { error: 'Use at most 254 characters.' }),
        z.refine((e) => e === '' || emailShape.test(e), { error: 'Enter a valid email address.' }),
      ),
      providerLevel: blankOr(LEVELS),
      providerTrack: blankOr(TRACKS),
      providerDegree: blankOr(DEGREE_LEVELS),
      peer: z.boolean(),
      aboutApplicantsOwnRsc: z.boolean(),
    })
    .check(
      endNotBeforeStart('startDate', 'endDate'),
      z.refine(
        (v) => {
          const days = daysInclusive(v.startDate, v.endDate);
          const hours = asNumber(v.hours);
          return days < 1 || hours === null || hours <= days * MAX_RSC_HOURS_PER_DAY;
        },
        {
          error: `At most ${MAX_RSC_HOURS_PER_DAY} hours a day: shorten the hours or widen the period.`,
          path: ['hours'],
        },
      ),
    );

export type RscValues = z.infer<ReturnType<typeof rscSchema>>;

export interface RscNode {
  id: string;
  startDate: string;
  endDate: string;
  hours: number;
  format: RscFormat;
  providerName: string;
  providerEmail: string | null;
  providerLevel: LevelCode | null;
  providerTrack: MentorTrack | null;
  providerDegree: DegreeLevel | null;
  peer: boolean;
  aboutApplicantsOwnRsc: boolean;
}

export const emptyRsc = (): RscValues => ({
  startDate: '',
  endDate: '',
  hours: '',
  format: 'INDIVIDUAL',
  providerName: '',
  providerEmail: '',
  providerLevel: '',
  providerTrack: '',
  providerDegree: '',
  peer: false,
  aboutApplicantsOwnRsc: false,
});

export const rscValues = (node: RscNode): RscValues => ({
  startDate: node.startDate,
  endDate: node.endDate,
  hours: node.hours,
  format: node.format,
  providerName: node.providerName,
  providerEmail: node.providerEmail ?? '',
  providerLevel: node.providerLevel ?? '',
  providerTrack: node.providerTrack ?? '',
  providerDegree: node.providerDegree ?? '',
  peer: node.peer,
  aboutApplicantsOwnRsc: node.aboutApplicantsOwnRsc,
});

/** Only a Mentor has a track; a track left over from an earlier choice of level is dropped. */
const trackOf = (values: RscValues) =>
  values.providerLevel === 'IMHM' ? orNull(values.providerTrack) : null;

export const toRscInput = (values: RscValues, documentId: string | null): RscEntryInput => ({
  startDate: values.startDate,
  endDate: values.endDate,
  hours: asNumber(values.hours) ?? 0,
  format: values.format,
  providerName: values.providerName.trim(),
  providerEmail: orNull(values.providerEmail.trim()),
  providerLevel: orNull(values.providerLevel),
  providerTrack: trackOf(values),
  providerDegree: orNull(values.providerDegree),
  peer: values.peer,
  aboutApplicantsOwnRsc: values.aboutApplicantsOwnRsc,
  documentId,
});

export const toRscRulesEntry = (values: RscValues, id: string): RscEntry | null => {
  if (!isRealDate(values.startDate) || !isRealDate(values.endDate) || values.endDate < values.startDate) {
    return null;
  }
  const track = trackOf(values);
  return {
    id,
    startDate: values.startDate,
    endDate: values.endDate,
    hours: Math.max(0, asNumber(values.hours) ?? 0),
    format: values.format,
    provider: {
      name: values.providerName,
      endorsement:
        values.providerLevel === ''
          ? null
          : { level: values.providerLevel, ...(track ? { track: track as RulesTrack } : {}) },
      ...(values.providerDegree === '' ? {} : { degree: values.providerDegree }),
    },
    peer: values.peer,
    aboutApplicantsOwnRsc: values.aboutApplicantsOwnRsc,
  };
};
