interface SignInPathOptions {
  /** The session ended while the person was working; the sign-in page says so. */
  expired?: boolean;
  /** Where to go after signing in; only paths inside this app are honoured. */
  next?: string;
}

export const signInPath = ({ expired, next }: SignInPathOptions = {}): string => {
  const params = new URLSearchParams();
  if (expired) params.set('reason', 'expired');
  if (next && next !== '/sign-in') params.set('next', next);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
};
