export const possibleTypes: Record<string, string[]> = {
  "Error": [
    "ConflictError",
    "ConflictOfInterestError",
    "ForbiddenError",
    "InvalidCredentialsError",
    "InvalidTokenError",
    "NotFoundError",
    "RateLimitedError",
    "RenewalClosedError",
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
  "MutationApproveRenewalResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationApproveRenewalSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationAssignReviewerResult": [
    "ConflictError",
    "ConflictOfInterestError",
    "ForbiddenError",
    "MutationAssignReviewerSuccess",
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
  "MutationCreateChapterTokenResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateChapterTokenSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateEducationEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateEducationEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateLeadershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateLeadershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateMembershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateMembershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateRscEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateRscEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateTrainingEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateTrainingEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationCreateWorkEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationCreateWorkEntrySuccess",
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
  "MutationDecideApplicationResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDecideApplicationSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeclareConflictResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeclareConflictSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteDocumentResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteDocumentSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteEducationEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteEducationEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteLeadershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteLeadershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteMembershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteMembershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteRscEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteRscEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteTrainingEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteTrainingEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationDeleteWorkEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationDeleteWorkEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationGrantRenewalExtensionResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationGrantRenewalExtensionSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationInviteReviewerResult": [
    "ForbiddenError",
    "MutationInviteReviewerSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationLogRenewalRscResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationLogRenewalRscSuccess",
    "NotFoundError",
    "RenewalClosedError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationLogRenewalTrainingResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationLogRenewalTrainingSuccess",
    "NotFoundError",
    "RenewalClosedError",
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
  "MutationRecordExamResultResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationRecordExamResultSuccess",
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
  "MutationRequestReinstatementResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationRequestReinstatementSuccess",
    "NotFoundError",
    "RenewalClosedError",
    "UnauthenticatedError",
    "UnmetRequirementsError",
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
  "MutationReturnRenewalResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationReturnRenewalSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationRevokeChapterTokenResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationRevokeChapterTokenSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationSaveReviewResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationSaveReviewSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationSetReviewerQualificationsResult": [
    "ForbiddenError",
    "MutationSetReviewerQualificationsSuccess",
    "NotFoundError",
    "UnauthenticatedError",
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
  "MutationSignRenewalAgreementsResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationSignRenewalAgreementsSuccess",
    "NotFoundError",
    "RenewalClosedError",
    "UnauthenticatedError",
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
  "MutationSubmitRenewalResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationSubmitRenewalSuccess",
    "NotFoundError",
    "RenewalClosedError",
    "UnauthenticatedError",
    "UnmetRequirementsError",
    "ValidationError"
  ],
  "MutationSubmitReviewResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationSubmitReviewSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUnassignReviewerResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUnassignReviewerSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateEducationEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateEducationEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateLeadershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateLeadershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateMembershipEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateMembershipEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateMyProfileResult": [
    "ForbiddenError",
    "MutationUpdateMyProfileSuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateRenewalPolicyResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateRenewalPolicySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateRscEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateRscEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateTrainingEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateTrainingEntrySuccess",
    "NotFoundError",
    "UnauthenticatedError",
    "ValidationError"
  ],
  "MutationUpdateWorkEntryResult": [
    "ConflictError",
    "ForbiddenError",
    "MutationUpdateWorkEntrySuccess",
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
