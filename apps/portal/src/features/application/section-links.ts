import type { PortfolioSection } from '../../gql/graphql';

const SECTION_WORDS: Readonly<Record<PortfolioSection, string>> = {
  PROFILE: 'Profile',
  EDUCATION: 'Education',
  WORK: 'Work experience',
  TRAINING: 'Training',
  RSC: 'Reflective supervision/consultation',
  LEADERSHIP: 'Leadership',
  MEMBERSHIP: 'Membership',
  REFERENCES: 'References',
  AGREEMENTS: 'Agreements',
};

/** Where a section named in a change request is edited: its portfolio page, or a part of this page. */
export const sectionLink = (section: PortfolioSection): { label: string; to: string; inPage: boolean } => {
  const label = SECTION_WORDS[section];
  if (section === 'PROFILE') return { label, to: '/profile', inPage: false };
  if (section === 'REFERENCES') return { label, to: '#references', inPage: true };
  if (section === 'AGREEMENTS') return { label, to: '#agreements', inPage: true };
  return { label, to: `/portfolio/${section.toLowerCase()}`, inPage: false };
};
