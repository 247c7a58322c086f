import { graphql } from '../../../gql';

export const DecisionSection_Decide = graphql(`
  mutation DecisionSection_Decide($applicationId: ID!, $input: DecisionInput!) {
    decideApplication(applicationId: $applicationId, input: $input) {
      __typename
      ... on MutationDecideApplicationSuccess {
        data {
          id
          status
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

export const ExamForm_Record = graphql(`
  mutation ExamForm_Record($applicationId: ID!, $input: ExamResultInput!) {
    recordExamResult(applicationId: $applicationId, input: $input) {
      __typename
      ... on MutationRecordExamResultSuccess {
        data {
          id
          status
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

export const StartReview_Start = graphql(`
  mutation StartReview_Start($applicationId: ID!) {
    startReview(applicationId: $applicationId) {
      __typename
      ... on MutationStartReviewSuccess {
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
