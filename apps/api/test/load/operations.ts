/**
 * The operations the virtual users send that the shared test helpers do not already define; the rest
 * (start, references, agreements, submit, portfolio sections, reviews, statistics) come from
 * ../helpers, so the load speaks exactly as the integration tests do.
 */
export const MY_APPLICATIONS = /* GraphQL */ `
  query LoadMyApplications { myApplications { id status } }
`;

export const MY_PORTFOLIO = /* GraphQL */ `
  query LoadMyPortfolio {
    myProfile {
      id jobTitle
      trainings(first: 20) { totalCount edges { node { id title hours date } } }
      rsc(first: 20) { totalCount edges { node { id hours providerName } } }
      leadership(first: 20) { totalCount edges { node { id description } } }
    }
  }
`;

export const UPDATE_PROFILE = /* GraphQL */ `
  mutation LoadUpdateProfile($input: UpdateMyProfileInput!) {
    result: updateMyProfile(input: $input) {
      __typename
      ... on MutationUpdateMyProfileSuccess { data { id jobTitle } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

export const QUEUE = /* GraphQL */ `
  query LoadQueue($filter: ApplicationQueueFilter, $first: Int) {
    applicationQueue(filter: $filter, first: $first) {
      totalCount
      edges { node { id status level applicantName waitingDays } }
    }
    queueCounts { status count }
  }
`;

export const MY_ASSIGNMENTS = /* GraphQL */ `
  query LoadMyAssignments {
    myAssignments(status: ASSIGNED) { id status application { id level } review { id status } }
  }
`;

export const RUBRIC = /* GraphQL */ `
  query LoadRubric($id: ID!) { application(id: $id) { id rubric { id } } }
`;

export const MY_REFERENCES = /* GraphQL */ `
  query LoadMyReferences($id: ID!) { application(id: $id) { id references { id raterEmail status } } }
`;
