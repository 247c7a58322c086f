import { graphql } from '../../../gql';
import type { ApplicationPage_ApplicationQuery } from '../../../gql/graphql';

export const ApplicationPage_Application = graphql(`
  query ApplicationPage_Application($id: ID!, $isCoordinator: Boolean!, $isReviewer: Boolean!) {
    application(id: $id) {
      id
      applicantName
      status
      level
      track
      targetName
      submittedAt
      waitingDays
      applicant {
        email
        chapterName
        employer
        jobTitle
      }
      staffEvaluation {
        asOf
        eligible
        requirements {
          id
          label
          status
          reasons
          progress {
            have
            need
            unit
          }
        }
      }
      staffPortfolio
      documents {
        id
        filename
        url
      }
      references {
        id
        raterName
        raterRole
        status
        rating {
          ratings {
            competencyId
            rating
          }
          comments
          knownSince
          submittedAt
        }
      }
      rubric {
        id
        name
        competencies {
          id
          name
        }
      }
      reviews {
        id
        assignmentId
        status
        recommendation
        comments
        submittedAt
        reviewer {
          id
          name
        }
        scores {
          domainId
          score
        }
      }
      events {
        id
        createdAt
        fromStatus
        toStatus
        message
      }
      submissions {
        id
        round
        submittedAt
        response
      }
      changeRequests {
        id
        createdAt
        message
        sections
      }
      assignments @include(if: $isCoordinator) {
        id
        status
        dueAt
        overdue
        overrideReason
        reviewer {
          id
          name
        }
      }
      exams @include(if: $isCoordinator) {
        id
        takenOn
        scorePercent
        passed
      }
      endorsement {
        id
        number
        level
        track
        startsOn
        expiresOn
      }
    }
    myAssignments @include(if: $isReviewer) {
      id
      status
      application {
        id
      }
    }
  }
`);

export type ApplicationDetail = NonNullable<ApplicationPage_ApplicationQuery['application']>;
