import type { UpdateMyProfileInput } from '../../../gql/graphql';
import type { ProfileValues } from './profile-schema';

const orNull = (value: string): string | null => (value === '' ? null : value);

/** Form values use '' for "empty"; the API expects null so that clearing a field really clears it. */
export const toUpdateProfileInput = (values: ProfileValues): UpdateMyProfileInput => ({
  name: values.name,
  phone: orNull(values.phone),
  addressLine: orNull(values.addressLine),
  city: orNull(values.city),
  postalCode: orNull(values.postalCode),
  employer: orNull(values.employer),
  jobTitle: orNull(values.jobTitle),
  membershipNumber: orNull(values.membershipNumber),
  membershipExpiresOn: orNull(values.membershipExpiresOn),
  chapterId: orNull(values.chapterId),
});
