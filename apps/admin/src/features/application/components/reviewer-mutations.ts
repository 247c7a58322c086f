import { graphql } from '../../../gql';

export const ReviewersSection_Suggest = graphql(`
  query ReviewersSection_Suggest($applicationId: ID!, $count: Int) {
    suggestReviewers(applicationId: $applicationId, count: $count) {
      openAssignments
      conflicted
      conflicts {
        kind
        detail
      }
      reviewer {
        id
        name
      }
    }
  }
`);

export const ReviewersSection_Assign = graphql(`
  mutation ReviewersSection_Assign($applicationId: ID!, $reviewerId: ID!, $overrideReason: String) {
    assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId, overrideReason: $overrideReason) {
      __typename
      ... on MutationAssignReviewerSuccess {
        data {
          id
        }
      }
      ... on ConflictOfInterestError {
        reasons {
          kind
          detail
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

export const ReviewersSection_Unassign = graphql(`
  mutation ReviewersSection_Unassign($assignmentId: ID!) {
    unassignReviewer(assignmentId: $assignmentId) {
      __typename
      ... on MutationUnassignReviewerSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
