// What the portal and the admin console share. `sideEffects: false` in package.json lets each app's
// bundle keep only what it imports, so the sign-in route does not carry the signed-in frame.
export { apolloProviderRoute } from './apollo/apollo-provider-route';
export { lazyApolloClient } from './apollo/lazy-apollo-client';
export { SHARED_TYPE_POLICIES } from './apollo/shared-type-policies';
export { AuthLayout } from './auth/components/auth-layout';
export { SignInPage } from './auth/components/sign-in-page';
export { safeNextPath } from './auth/safe-next-path';
export { signInPath } from './auth/sign-in-path';
export { emailSchema } from './auth/validation/email-schema';
export { type SignInValues, signInSchema } from './auth/validation/sign-in-schema';
export {
  type ChecklistItem,
  describeProgress,
  RequirementChecklist,
} from './evaluation/requirement-checklist';
export { applyResultError, type ResultError } from './forms/apply-result-error';
export { FormAlert } from './forms/components/form-alert';
export { PasswordField } from './forms/components/password-field';
export { describeRequestError } from './forms/describe-request-error';
export { AccountLoadError } from './shell/components/account-load-error';
export { FullPageLoader } from './shell/components/full-page-loader';
export { NotFoundPage } from './shell/components/not-found-page';
export { SignOutButton } from './shell/components/sign-out-button';
export { SignedInFrame } from './shell/components/signed-in-frame';
export { SkipLink } from './shell/components/skip-link';
export { theme } from './theme';
