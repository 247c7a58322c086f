import type { PortfolioSection } from '../../gql/graphql';

/** The portfolio sections a change request can point the applicant to, in the portal's order. */
export const SECTION_WORDS: Record<PortfolioSection, string> = {
  PROFILE: 'Profile',
  EDUCATION: 'Education',
  WORK: 'Work',
  TRAINING: 'Training',
  RSC: 'Reflective supervision',
  LEADERSHIP: 'Leadership',
  MEMBERSHIP: 'Memberships',
  REFERENCES: 'References',
  AGREEMENTS: 'Agreements',
};

export const SECTIONS = Object.keys(SECTION_WORDS) as PortfolioSection[];
