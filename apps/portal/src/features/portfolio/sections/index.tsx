import type { ComponentType } from 'react';
import { SectionView } from '../components/section-view';
import { educationSection } from './education-section';
import { leadershipSection } from './leadership-section';
import { membershipSection } from './membership-section';
import { rscSection } from './rsc-section';
import { trainingSection } from './training-section';
import { workSection } from './work-section';

export interface PortfolioTab {
  path: string;
  title: string;
  View: ComponentType;
}

// Each view closes over its own config, so the list of tabs needs no common type for six configs.
export const PORTFOLIO_TABS: readonly PortfolioTab[] = [
  {
    path: educationSection.path,
    title: educationSection.title,
    View: () => <SectionView config={educationSection} />,
  },
  { path: workSection.path, title: workSection.title, View: () => <SectionView config={workSection} /> },
  {
    path: trainingSection.path,
    title: trainingSection.title,
    View: () => <SectionView config={trainingSection} />,
  },
  { path: rscSection.path, title: rscSection.title, View: () => <SectionView config={rscSection} /> },
  {
    path: leadershipSection.path,
    title: leadershipSection.title,
    View: () => <SectionView config={leadershipSection} />,
  },
  {
    path: membershipSection.path,
    title: membershipSection.title,
    View: () => <SectionView config={membershipSection} />,
  },
];

export const FIRST_TAB = educationSection.path;
