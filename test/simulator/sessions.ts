// Sign-in sessions: random hex strings that expire after a TTL of simulator time or on Signout. A two-factor
// account's Signin gives a restricted session, valid only for Verify2FACode until a code is accepted.

import { randomBytes } from 'node:crypto';
import { SimulatorClock } from './clock';
import { RESTRICTED_SESSION_TTL_MS, SESSION_BYTES, TFA_ATTEMPTS_PER_SIGNIN } from './guesses';
import { SecretBook } from './secrets';

export interface Session {
  readonly uid: number;
  expiresAt: number;
  /** Waiting for its two-factor code: refused (702) by every method but Verify2FACode and Signout. */
  restricted: boolean;
  /** Wrong codes it still takes (restricted sessions only). */
  attemptsLeft: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: SimulatorClock,
    private readonly ttlMs: number,
    private readonly secrets: SecretBook,
  ) {}

  create(uid: number, options: { restricted?: boolean } = {}): string {
    const key = randomBytes(SESSION_BYTES).toString('hex');
    const restricted = options.restricted ?? false;
    const ttl = restricted ? RESTRICTED_SESSION_TTL_MS : this.ttlMs;
    this.sessions.set(key, { uid, expiresAt: this.clock.now() + ttl, restricted, attemptsLeft: TFA_ATTEMPTS_PER_SIGNIN });
    this.secrets.add(key, 'session');
    return key;
  }

  /** A live session (restricted ones included); expired sessions are forgotten on sight. */
  find(key: string): Session | undefined {
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (this.clock.now() >= session.expiresAt) {
      this.sessions.delete(key);
      return undefined;
    }
    return session;
  }

  /** The uid of a live, fully signed-in session. */
  lookup(key: string): number | undefined {
    const session = this.find(key);
    return session && !session.restricted ? session.uid : undefined;
  }

  /** A code was accepted: the session is now a full sign-in with the normal lifetime. */
  promote(key: string): void {
    const session = this.find(key);
    if (!session) return;
    session.restricted = false;
    session.expiresAt = this.clock.now() + this.ttlMs;
  }

  remove(key: string): void {
    this.sessions.delete(key);
  }

  /** How many live sessions exist, restricted ones included (for tests: "nothing was left behind"). */
  count(options: { restricted?: boolean } = {}): number {
    let count = 0;
    for (const key of [...this.sessions.keys()]) {
      const session = this.find(key);
      if (session && (options.restricted === undefined || session.restricted === options.restricted)) count++;
    }
    return count;
  }
}
