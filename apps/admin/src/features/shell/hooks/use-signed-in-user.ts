import { useOutletContext } from 'react-router';
import type { AdminLayout_MeQuery } from '../../../gql/graphql';

export type SignedInUser = NonNullable<AdminLayout_MeQuery['me']>;

/** The person the admin layout loaded; only usable on pages rendered inside that layout. */
export const useSignedInUser = (): SignedInUser => useOutletContext<SignedInUser>();
