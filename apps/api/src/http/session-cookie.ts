import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { CookieJar } from '../context.ts';

export const SESSION_COOKIE = 'imh_session';

export const readSessionToken = (req: Request): string | undefined =>
  parse(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined;

/**
 * HttpOnly keeps the token away from page scripts; SameSite=Lax stops other sites' forms from riding
 * the session (Apollo's CSRF prevention covers the rest), while links from emails still work.
 */
export function cookieJar(res: Response, secure: boolean): CookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    setSession(token, expiresAt) {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt }));
    },
    clearSession() {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
