export const possibleTypes: Record<string, string[]> = {
  "Error": [
    "ConflictError",
    "ForbiddenError",
    "InvalidCredentialsError",
    "InvalidTokenError",
    "NotFoundError",
    "TooManyAttemptsError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeactivateUserResult": [
    "ForbiddenError",
    "MutationDeactivateUserSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationReactivateUserResult": [
    "ForbiddenError",
    "MutationReactivateUserSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationRequestPasswordResetResult": [
    "MutationRequestPasswordResetSuccess",
    "ValidationError"
  ],
  "MutationResetPasswordResult": [
    "InvalidTokenError",
    "MutationResetPasswordSuccess",
    "ValidationError"
  ],
  "MutationSetUserRolesResult": [
    "ForbiddenError",
    "MutationSetUserRolesSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationSignInResult": [
    "ForbiddenError",
    "InvalidCredentialsError",
    "MutationSignInSuccess",
    "TooManyAttemptsError",
    "ValidationError"
  ],
  "MutationSignUpResult": [
    "ConflictError",
    "MutationSignUpSuccess",
    "ValidationError"
  ],
  "MutationUpdateMyProfileResult": [
    "ForbiddenError",
    "MutationUpdateMyProfileSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "Node": [
    "OutboxMessage",
    "User"
  ]
};
