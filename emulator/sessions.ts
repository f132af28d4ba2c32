// The portal's access tokens, one per page session (a browser tab), as a real portal keeps one
// per signed-in user and page: two admins in two browsers, or two tabs, each keep working while
// the other reloads. A page load or a refresh replaces only its own session's token (the old one
// then answers expired_token). A session may belong to a user of its own (the page's `user`
// query parameter): it then ignores the portal's `user` setting, so a test can put two different
// admins side by side (issue 12's shared journal).
import { randomBytes } from 'node:crypto';
import type { UserKind } from './types';
import { userOfKind } from './users';

export interface Token {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  userId: number;
  /** Set when the page chose its user; otherwise the token follows the `user` setting. */
  pinned: boolean;
}

export class SessionTokens {
  private readonly bySession = new Map<string, Token>();
  /** Access tokens replaced by a page load or a refresh: still attributable, answered 401. */
  readonly stale = new Set<string>();
  /** The token issued last, whatever its session. */
  last: Token | null = null;

  issue(session: string, lifetimeSeconds: number, user: UserKind, pinned: UserKind | null): Token {
    const old = this.bySession.get(session);
    if (old) this.stale.add(old.accessToken);
    const token: Token = {
      accessToken: randomBytes(24).toString('hex'),
      refreshToken: randomBytes(24).toString('hex'),
      expiresAt: Date.now() + lifetimeSeconds * 1000,
      userId: userOfKind(pinned ?? user).id,
      pinned: pinned !== null,
    };
    this.bySession.set(session, token);
    this.last = token;
    return token;
  }

  /** The session's current token, if it has one. */
  of(session: string): Token | undefined {
    return this.bySession.get(session);
  }

  /** The current token with this access token (never a stale one). */
  find(accessToken: string): Token | undefined {
    for (const token of this.bySession.values()) {
      if (token.accessToken === accessToken) return token;
    }
    return undefined;
  }

  knows(accessToken: string): boolean {
    return this.find(accessToken) !== undefined || this.stale.has(accessToken);
  }

  /** Every current token answers expired_token from now on. */
  expireAll(): void {
    for (const token of this.bySession.values()) token.expiresAt = Date.now() - 1;
  }

  /** The `user` setting changed: sessions that did not choose their user now belong to it. */
  follow(user: UserKind): void {
    for (const token of this.bySession.values()) {
      if (!token.pinned) token.userId = userOfKind(user).id;
    }
  }

  clear(): void {
    this.bySession.clear();
    this.stale.clear();
    this.last = null;
  }
}
