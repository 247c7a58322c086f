/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OutboxPage_Messages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          textBody\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.OutboxPage_MessagesDocument,
    "\n  query AdminLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": typeof types.AdminLayout_MeDocument,
    "\n  mutation AccountStatusDialog_Deactivate($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      __typename\n      ... on MutationDeactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AccountStatusDialog_DeactivateDocument,
    "\n  mutation AccountStatusDialog_Reactivate($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      __typename\n      ... on MutationReactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AccountStatusDialog_ReactivateDocument,
    "\n  query EditRolesDialog_Chapters {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EditRolesDialog_ChaptersDocument,
    "\n  mutation EditRolesDialog_SetRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      __typename\n      ... on MutationSetUserRolesSuccess {\n        data {\n          id\n          roles\n          chapter {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.EditRolesDialog_SetRolesDocument,
    "\n  query UsersPage_Users($first: Int!, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          lastSignInAt\n          chapter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersPage_UsersDocument,
};
const documents: Documents = {
    "\n  query OutboxPage_Messages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          textBody\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.OutboxPage_MessagesDocument,
    "\n  query AdminLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": types.AdminLayout_MeDocument,
    "\n  mutation AccountStatusDialog_Deactivate($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      __typename\n      ... on MutationDeactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.AccountStatusDialog_DeactivateDocument,
    "\n  mutation AccountStatusDialog_Reactivate($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      __typename\n      ... on MutationReactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.AccountStatusDialog_ReactivateDocument,
    "\n  query EditRolesDialog_Chapters {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": types.EditRolesDialog_ChaptersDocument,
    "\n  mutation EditRolesDialog_SetRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      __typename\n      ... on MutationSetUserRolesSuccess {\n        data {\n          id\n          roles\n          chapter {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.EditRolesDialog_SetRolesDocument,
    "\n  query UsersPage_Users($first: Int!, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          lastSignInAt\n          chapter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UsersPage_UsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxPage_Messages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          textBody\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxPage_Messages($first: Int!, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          textBody\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"): (typeof documents)["\n  query AdminLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountStatusDialog_Deactivate($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      __typename\n      ... on MutationDeactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountStatusDialog_Deactivate($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      __typename\n      ... on MutationDeactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountStatusDialog_Reactivate($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      __typename\n      ... on MutationReactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountStatusDialog_Reactivate($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      __typename\n      ... on MutationReactivateUserSuccess {\n        data {\n          id\n          active\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditRolesDialog_Chapters {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditRolesDialog_Chapters {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditRolesDialog_SetRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      __typename\n      ... on MutationSetUserRolesSuccess {\n        data {\n          id\n          roles\n          chapter {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditRolesDialog_SetRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      __typename\n      ... on MutationSetUserRolesSuccess {\n        data {\n          id\n          roles\n          chapter {\n            id\n            name\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage_Users($first: Int!, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          lastSignInAt\n          chapter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPage_Users($first: Int!, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          lastSignInAt\n          chapter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;