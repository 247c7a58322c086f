import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { SHARED_TYPE_POLICIES } from '@imh/ui';

/** The admin console's cache rules; the component tests render with the same ones. */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // "Load more" appends pages; each search/role filter is its own list.
      users: relayStylePagination(['search', 'role']),
      outboxMessages: relayStylePagination(),
      // Each filter and order is its own list; the page size is not part of the key.
      applicationQueue: relayStylePagination(['filter', 'orderBy']),
      reviewers: relayStylePagination(['search']),
      auditEntries: relayStylePagination(['filter']),
      renewalQueue: relayStylePagination(['bucket', 'filter']),
    },
  },
  // The standing has no id of its own: the dashboard and the renewal page each read part of it.
  Endorsement: { fields: { standing: { merge: true } } },
  // Requirement results stay inside their evaluation (see SHARED_TYPE_POLICIES).
  ...SHARED_TYPE_POLICIES,
};
