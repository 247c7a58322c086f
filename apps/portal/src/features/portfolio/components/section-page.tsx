import { Alert } from '@mantine/core';
import { useParams } from 'react-router';
import { PORTFOLIO_TABS } from '../sections';

/** The section the address names (/portfolio/<section>). */
export const SectionPage = () => {
  const { section } = useParams();
  const tab = PORTFOLIO_TABS.find((t) => t.path === section);
  if (!tab) {
    return (
      <Alert color="red" variant="light" role="alert">
        The portfolio has no section called “{section}”. Choose one of the tabs above.
      </Alert>
    );
  }
  return <tab.View key={tab.path} />;
};
