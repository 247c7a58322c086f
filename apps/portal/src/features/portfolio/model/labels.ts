import type { DegreeLevel, LeadershipScope, RscFormat, TrainingTopic, WorkKind } from '../../../gql/graphql';

export const DEGREE_LABELS: Readonly<Record<DegreeLevel, string>> = {
  NONE: 'None',
  ASSOCIATE: 'Associate',
  BACHELOR: "Bachelor's",
  MASTER: "Master's",
  POST_GRADUATE: 'Post-graduate',
};

export const DEGREE_LEVELS = Object.keys(DEGREE_LABELS) as DegreeLevel[];

export const WORK_KIND_LABELS: Readonly<Record<WorkKind, string>> = {
  INFANT_FAMILY_FIELD: 'Work with infants/toddlers and families (child care, parent aide…)',
  PREVENTION_EARLY_INTERVENTION: 'Prevention / early intervention',
  IMH_SERVICES: 'Infant mental health services',
  PROVIDING_RSC: 'Providing reflective supervision/consultation',
  PRACTICE_LEADER: 'Practice leader (IMH supervisor, trainer, consultant)',
  POLICY_LEADER: 'Policy / program leader',
  TEACHING_RESEARCH: 'University teaching or research',
  OTHER: 'Other',
};

export const WORK_KINDS = Object.keys(WORK_KIND_LABELS) as WorkKind[];

export const SCOPE_LABELS: Readonly<Record<LeadershipScope, string>> = {
  LOCAL: 'Local',
  REGIONAL: 'Regional',
  STATE: 'State',
  NATIONAL: 'National',
};

export const SCOPES = Object.keys(SCOPE_LABELS) as LeadershipScope[];

export const FORMAT_LABELS: Readonly<Record<RscFormat, string>> = {
  INDIVIDUAL: 'Individual',
  GROUP: 'Group',
};

export const FORMATS = Object.keys(FORMAT_LABELS) as RscFormat[];

export const TOPIC_LABELS: Readonly<Record<TrainingTopic, string>> = {
  PROVIDING_RSC: 'Providing reflective supervision/consultation',
  DEI: 'Diversity, equity and inclusion',
};

export const TOPICS = Object.keys(TOPIC_LABELS) as TrainingTopic[];

/** NativeSelect data from a label table, optionally led by a blank choice. */
export const options = <K extends string>(labels: Readonly<Record<K, string>>, blank?: string) => [
  ...(blank === undefined ? [] : [{ value: '', label: blank }]),
  ...(Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label })),
];
