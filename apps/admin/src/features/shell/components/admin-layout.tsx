import { useQuery } from '@apollo/client/react';
import { AccountLoadError, FullPageLoader, SignedInFrame, signInPath } from '@imh/ui';
import { NavLink } from '@mantine/core';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { NoAccessPage } from './no-access-page';

const AdminLayout_Me = graphql(`
  query AdminLayout_Me {
    me {
      id
      name
      roles
    }
  }
`);

const STAFF_ROLES: readonly Role[] = ['REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'];

/** The signed-in frame: loads the person once, sends signed-out visitors to sign in. */
export const AdminLayout = () => {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(AdminLayout_Me);

  if (loading && !data) return <FullPageLoader />;
  if (error) return <AccountLoadError onRetry={() => refetch()} />;
  const me = data?.me;
  if (!me) return <Navigate to={signInPath({ next: location.pathname + location.search })} replace />;
  if (!me.roles.some((role) => STAFF_ROLES.includes(role))) return <NoAccessPage name={me.name} />;

  const isCoordinator = me.roles.includes('COORDINATOR');
  const isAnalyst = me.roles.includes('CHAPTER_ANALYST');
  const navItem = (to: string, label: string, closeNav: () => void) => (
    <NavLink
      component={RouterNavLink}
      to={to}
      label={label}
      active={location.pathname.startsWith(to)}
      onClick={closeNav}
    />
  );

  return (
    <SignedInFrame
      productName="IMH Endorsement® admin"
      userName={me.name}
      navigation={(closeNav) => (
        <>
          {(isCoordinator || me.roles.includes('REVIEWER')) &&
            navItem('/applications', 'Applications', closeNav)}
          {isCoordinator && navItem('/renewals', 'Renewals', closeNav)}
          {me.roles.includes('REVIEWER') && navItem('/reviews', 'My reviews', closeNav)}
          {isCoordinator && navItem('/users', 'Users', closeNav)}
          {isCoordinator && navItem('/outbox', 'Outbox', closeNav)}
          {isCoordinator && navItem('/reviewers', 'Reviewers', closeNav)}
          {(isCoordinator || isAnalyst) && navItem('/statistics', 'Statistics', closeNav)}
          {isCoordinator && navItem('/audit', 'Audit trail', closeNav)}
          {isCoordinator && navItem('/settings/renewals', 'Renewal policy', closeNav)}
          {isCoordinator && navItem('/settings/chapter-tokens', 'API tokens', closeNav)}
          <NavLink component="a" href="/" label="Applicant portal" />
        </>
      )}
    >
      <Outlet context={me} />
    </SignedInFrame>
  );
};
