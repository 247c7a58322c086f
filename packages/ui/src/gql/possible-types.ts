export const possibleTypes: Record<string, string[]> = {
  "Error": [
    "ConflictError",
    "ForbiddenError",
    "InvalidCredentialsError",
    "InvalidTokenError",
    "NotFoundError",
    "TooManyAttemptsError",
    "UnauthenticatedError",
    "UnmetRequirementsError",
    "ValidationError"
  ],
  "MutationAcceptAgreementResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationAcceptAgreementSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationChangeApplicationTargetResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationChangeApplicationTargetSuccess",
    "NotFoundError",
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
  "MutationOpenReferenceFormResult": [
    "InvalidTokenError",
    "MutationOpenReferenceFormSuccess"
  ],
  "MutationReactivateUserResult": [
    "ForbiddenError",
    "MutationReactivateUserSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationReplaceReferenceResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationReplaceReferenceSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationRequestChangesResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationRequestChangesSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationRequestPasswordResetResult": [
    "MutationRequestPasswordResetSuccess",
    "ValidationError"
  ],
  "MutationRequestReferenceResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationRequestReferenceSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationResendReferenceResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationResendReferenceSuccess",
    "NotFoundError",
    "UnauthenticatedError",
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
  "MutationStartApplicationResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationStartApplicationSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationStartReviewResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationStartReviewSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationSubmitApplicationResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationSubmitApplicationSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "UnmetRequirementsError",
    "ValidationError"
  ],
  "MutationSubmitReferenceRatingResult": [
    "InvalidTokenError",
    "MutationSubmitReferenceRatingSuccess",
    "ValidationError"
  ],
  "MutationUpdateMyProfileResult": [
    "ForbiddenError",
    "MutationUpdateMyProfileSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationWithdrawApplicationResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationWithdrawApplicationSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "Node": [
    "Notification",
    "OutboxMessage",
    "User"
  ]
};
