import type { PrismaClient, Role } from '@imh/db';
import type { Viewer } from './auth/sessions.ts';
import type { AppConfig } from './env.ts';
import type { MailTransport } from './mail/transport.ts';

export type CookieJar = {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
};

export interface Context {
  prisma: PrismaClient;
  config: AppConfig;
  mailTransport: MailTransport;
  /** Injected so tests can move time; everything time-dependent reads it, never `new Date()`. */
  now: () => Date;
  ip: string;
  userAgent: string | undefined;
  viewer: Viewer | null;
  /** The request carried a session cookie that is no longer valid. */
  sessionExpired: boolean;
  /**
   * A chapter's API token, when the request carried one (Authorization: Bearer): it may read that
   * chapter's statistics and nothing else. `false` when a token was sent but is unknown or revoked.
   */
  apiToken?: ApiPrincipal | false;
  /** The token has used up its calls for the minute: this call is recorded and refused. */
  apiTokenLimited?: boolean;
  cookies: CookieJar;
}

export type ApiPrincipal = { tokenId: string; chapterId: string; associationId: string };

export const hasRole = (ctx: Context, role: Role): boolean =>
  ctx.viewer?.roles.some((r) => r.role === role) ?? false;

/** The associations in which the viewer holds the given role. */
export const associationsWhere = (ctx: Context, role: Role): string[] =>
  ctx.viewer?.roles.filter((r) => r.role === role).map((r) => r.associationId) ?? [];
