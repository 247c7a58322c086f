import { builder } from '../../builder.ts';

export const DegreeLevelEnum = builder.enumType('DegreeLevel', {
  description: 'Highest degree of an education entry; POST_GRADUATE is anything beyond a Master’s.',
  values: ['NONE', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'POST_GRADUATE'] as const,
});

export const WorkKindEnum = builder.enumType('WorkKind', {
  values: [
    'INFANT_FAMILY_FIELD',
    'PREVENTION_EARLY_INTERVENTION',
    'IMH_SERVICES',
    'PROVIDING_RSC',
    'PRACTICE_LEADER',
    'POLICY_LEADER',
    'TEACHING_RESEARCH',
    'OTHER',
  ] as const,
});

export const RscFormatEnum = builder.enumType('RscFormat', { values: ['INDIVIDUAL', 'GROUP'] as const });

export const LeadershipScopeEnum = builder.enumType('LeadershipScope', {
  values: ['LOCAL', 'REGIONAL', 'STATE', 'NATIONAL'] as const,
});

export const TrainingTopicEnum = builder.enumType('TrainingTopic', {
  description: 'Parts of the training minimums some editions count separately.',
  values: {
    PROVIDING_RSC: { description: 'Training on providing reflective supervision/consultation.' },
    DEI: { description: 'Diversity, equity and inclusion.' },
  } as const,
});
