import { Alert, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { BasisError } from '../../progress/components/basis-error';
import { useProgressBasis } from '../../progress/use-progress-basis';
import { PORTFOLIO_TABS } from '../sections';
import type { PortfolioContext } from './portfolio-context';

const LOCKED_TEXT =
  'While your application is being reviewed, the reviewers read your portfolio as you submitted it. You can ' +
  'change it again if they ask for changes or once a decision has been made.';

/** The portfolio's frame: one tab per section, each its own route, and the lock during review. */
export const PortfolioPage = () => {
  const { section } = useParams();
  const navigate = useNavigate();
  const { basis, loading, error, noProfile } = useProgressBasis();
  const [conflict, setConflict] = useState<string | null>(null);
  const locked = Boolean(basis?.locked || conflict);

  const context = useMemo(
    (): PortfolioContext | null =>
      basis && {
        basis,
        env: { today: basis.asOf, edition: basis.ruleEdition },
        locked,
        markLocked: setConflict,
      },
    [basis, locked],
  );

  const body = (() => {
    if (context) {
      return (
        <Tabs
          value={section ?? null}
          onChange={(value) => value && navigate(`/portfolio/${value}`)}
          keepMounted={false}
        >
          <Tabs.List>
            {PORTFOLIO_TABS.map((tab) => (
              <Tabs.Tab key={tab.path} value={tab.path}>
                {tab.title}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {section ? (
            <Tabs.Panel value={section} pt="lg">
              <Outlet context={context} />
            </Tabs.Panel>
          ) : (
            // /portfolio itself: the index route sends the person to the first section.
            <Outlet context={context} />
          )}
        </Tabs>
      );
    }
    if (loading) return <Loader aria-label="Loading your portfolio" />;
    return <BasisError error={error} noProfile={noProfile} />;
  })();

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Your portfolio</Title>
        <Text c="dimmed">
          Your education, work, training, reflective supervision, leadership and memberships.
        </Text>
      </div>
      {locked && (
        <Alert color="yellow" variant="light" title="Your portfolio is locked during review">
          {conflict ?? LOCKED_TEXT}
        </Alert>
      )}
      {body}
    </Stack>
  );
};
