import { useQuery } from '@apollo/client/react';
import { AccountLoadError, FullPageLoader, SignedInFrame, signInPath } from '@imh/ui';
import { NavLink } from '@mantine/core';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';

const AppLayout_Me = graphql(`
  query AppLayout_Me {
    me {
      id
      name
      roles
    }
  }
`);

const STAFF_ROLES: readonly Role[] = ['REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'];

/** The signed-in frame: loads the person once, sends signed-out visitors to sign in. */
export const AppLayout = () => {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(AppLayout_Me);

  if (loading && !data) return <FullPageLoader />;
  if (error) return <AccountLoadError onRetry={() => refetch()} />;
  const me = data?.me;
  if (!me) return <Navigate to={signInPath({ next: location.pathname + location.search })} replace />;

  const isApplicant = me.roles.includes('APPLICANT');

  return (
    <SignedInFrame
      productName="IMH Endorsement® portal"
      userName={me.name}
      navigation={(closeNav) => (
        <>
          {isApplicant && (
            <NavLink
              component={RouterNavLink}
              to="/profile"
              label="Profile"
              active={location.pathname.startsWith('/profile')}
              onClick={closeNav}
            />
          )}
          {me.roles.some((role) => STAFF_ROLES.includes(role)) && (
            <NavLink component="a" href="/admin/" label="Admin console" />
          )}
        </>
      )}
    >
      <Outlet />
    </SignedInFrame>
  );
};
