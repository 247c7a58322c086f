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
    "\n  mutation ForgotPasswordPage_RequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestResetDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetDocument,
    "\n  query SignUpPage_Associations {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpPage_AssociationsDocument,
    "\n  mutation SignUpPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on MutationSignUpSuccess {\n        data {\n          id\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.SignUpPage_SignUpDocument,
    "\n  mutation ProfileForm_UpdateProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyProfileSuccess {\n        data {\n          id\n          phone\n          addressLine\n          city\n          postalCode\n          employer\n          jobTitle\n          membershipNumber\n          membershipExpiresOn\n          chapter {\n            id\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": typeof types.ProfileForm_UpdateProfileDocument,
    "\n  query ProfilePage_Profile {\n    me {\n      id\n      name\n      email\n    }\n    myProfile {\n      id\n      phone\n      addressLine\n      city\n      postalCode\n      employer\n      jobTitle\n      membershipNumber\n      membershipExpiresOn\n      association {\n        id\n        name\n        chapters {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n      }\n    }\n  }\n": typeof types.ProfilePage_ProfileDocument,
    "\n  query AppLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": typeof types.AppLayout_MeDocument,
};
const documents: Documents = {
    "\n  mutation ForgotPasswordPage_RequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestResetDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetDocument,
    "\n  query SignUpPage_Associations {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpPage_AssociationsDocument,
    "\n  mutation SignUpPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on MutationSignUpSuccess {\n        data {\n          id\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.SignUpPage_SignUpDocument,
    "\n  mutation ProfileForm_UpdateProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyProfileSuccess {\n        data {\n          id\n          phone\n          addressLine\n          city\n          postalCode\n          employer\n          jobTitle\n          membershipNumber\n          membershipExpiresOn\n          chapter {\n            id\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n": types.ProfileForm_UpdateProfileDocument,
    "\n  query ProfilePage_Profile {\n    me {\n      id\n      name\n      email\n    }\n    myProfile {\n      id\n      phone\n      addressLine\n      city\n      postalCode\n      employer\n      jobTitle\n      membershipNumber\n      membershipExpiresOn\n      association {\n        id\n        name\n        chapters {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n      }\n    }\n  }\n": types.ProfilePage_ProfileDocument,
    "\n  query AppLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": types.AppLayout_MeDocument,
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
export function graphql(source: "\n  mutation ForgotPasswordPage_RequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_RequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpPage_Associations {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignUpPage_Associations {\n    associations {\n      id\n      name\n      chapters {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on MutationSignUpSuccess {\n        data {\n          id\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPage_SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      __typename\n      ... on MutationSignUpSuccess {\n        data {\n          id\n          name\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileForm_UpdateProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyProfileSuccess {\n        data {\n          id\n          phone\n          addressLine\n          city\n          postalCode\n          employer\n          jobTitle\n          membershipNumber\n          membershipExpiresOn\n          chapter {\n            id\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileForm_UpdateProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on MutationUpdateMyProfileSuccess {\n        data {\n          id\n          phone\n          addressLine\n          city\n          postalCode\n          employer\n          jobTitle\n          membershipNumber\n          membershipExpiresOn\n          chapter {\n            id\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage_Profile {\n    me {\n      id\n      name\n      email\n    }\n    myProfile {\n      id\n      phone\n      addressLine\n      city\n      postalCode\n      employer\n      jobTitle\n      membershipNumber\n      membershipExpiresOn\n      association {\n        id\n        name\n        chapters {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage_Profile {\n    me {\n      id\n      name\n      email\n    }\n    myProfile {\n      id\n      phone\n      addressLine\n      city\n      postalCode\n      employer\n      jobTitle\n      membershipNumber\n      membershipExpiresOn\n      association {\n        id\n        name\n        chapters {\n          id\n          name\n        }\n      }\n      chapter {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"): (typeof documents)["\n  query AppLayout_Me {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;