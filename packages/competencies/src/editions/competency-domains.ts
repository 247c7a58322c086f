/**
 * The default Competency Guidelines® domains shipped with both editions. The eight domains and the
 * Mentor-only Administration (Policy) and Research & Evaluation (Research/Faculty) are from domain.md
 * (the Alliance's Competency Guidelines page), as are the Theoretical Foundations competencies. The
 * exact list of competencies per level was not available, so, as domain.md asks, the other domains'
 * competencies are a reasonable default that an association edits as edition data; `from` encodes
 * "which competencies apply grows with the level".
 */

import type { LevelCode } from '../levels';
import type { Competency, CompetencyDomain } from './edition';

function c(id: string, name: string, from: LevelCode = 'IFA'): Competency {
  return { id, name, from };
}

export const DEFAULT_COMPETENCY_DOMAINS: readonly CompetencyDomain[] = [
  {
    id: 'theoretical_foundations',
    name: 'Theoretical Foundations',
    competencies: [
      c('pregnancy_early_parenthood', 'Pregnancy and early parenthood'),
      c('infant_development', 'Infant/very young child development and behavior'),
      c('family_centered_practice', 'Infant/very young child and family-centered practice'),
      c('family_relationships', 'Family relationships and dynamics'),
      c('cultural_competence', 'Cultural competence'),
      c('attachment_trauma_loss', 'Attachment, separation, trauma, grief and loss', 'IFS'),
      c('relationship_focused_therapy', 'Relationship-focused therapeutic practice', 'IMHS'),
      c('disorders_of_infancy', 'Disorders of infancy/early childhood', 'IMHS'),
      c('adult_disorders', 'Adult mental and behavioral disorders', 'IMHS'),
    ],
  },
  {
    id: 'law_regulation_policy',
    name: 'Law, Regulation & Agency Policy',
    competencies: [
      c('ethical_practice', 'Ethical practice'),
      c('agency_policy', 'Agency policy'),
      c('government_law_regulation', 'Government, law and regulation', 'IFS'),
    ],
  },
  {
    id: 'systems_expertise',
    name: 'Systems Expertise',
    competencies: [
      c('community_resources', 'Community resources'),
      c('service_delivery_systems', 'Service delivery systems', 'IFS'),
    ],
  },
  {
    id: 'direct_service_skills',
    name: 'Direct Service Skills',
    competencies: [
      c('observation_listening', 'Observation and listening'),
      c('developmental_guidance', 'Developmental guidance'),
      c('screening_assessment', 'Screening and assessment', 'IFS'),
      c('intervention_planning', 'Intervention/treatment planning', 'IFS'),
      c('parent_infant_psychotherapy', 'Parent–infant/young child relationship-based therapies', 'IMHS'),
    ],
  },
  {
    id: 'working_with_others',
    name: 'Working with Others',
    competencies: [
      c('building_relationships', 'Building and maintaining relationships'),
      c('collaborating', 'Collaborating'),
      c('resolving_conflict', 'Resolving conflict', 'IFS'),
      c('mentoring_consulting', 'Mentoring and consulting', 'IFRS'),
    ],
  },
  {
    id: 'communicating',
    name: 'Communicating',
    competencies: [
      c('listening', 'Listening'),
      c('speaking', 'Speaking'),
      c('writing', 'Writing'),
      c('group_process', 'Group process', 'IFS'),
    ],
  },
  {
    id: 'thinking',
    name: 'Thinking',
    competencies: [
      c('analyzing_information', 'Analyzing information'),
      c('solving_problems', 'Solving problems'),
      c('exercising_judgment', 'Exercising sound judgment', 'IFS'),
      c('maintaining_perspective', 'Maintaining perspective', 'IFS'),
    ],
  },
  {
    id: 'reflection',
    name: 'Reflection',
    competencies: [
      c('self_awareness', 'Self-awareness'),
      c('curiosity', 'Curiosity'),
      c('emotional_response', 'Emotional response', 'IFS'),
      c('parallel_process', 'Parallel process', 'IFRS'),
    ],
  },
  {
    id: 'administration',
    name: 'Administration',
    tracks: ['POLICY'],
    competencies: [
      c('program_planning', 'Program planning and development', 'IMHM'),
      c('program_management', 'Program management and evaluation', 'IMHM'),
    ],
  },
  {
    id: 'research_evaluation',
    name: 'Research & Evaluation',
    tracks: ['RESEARCH_FACULTY'],
    competencies: [
      c('research_design', 'Research design and methods', 'IMHM'),
      c('teaching', 'University-level teaching', 'IMHM'),
    ],
  },
];
