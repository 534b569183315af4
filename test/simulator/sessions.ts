// Sign-in sessions: random hex strings that expire after a TTL of simulator time or on Signout.

import { randomBytes } from 'node:crypto';
import { SimulatorClock } from './clock';
import { SESSION_BYTES } from './guesses';
import { SecretBook } from './secrets';

interface Session {
  uid: number;
  expiresAt: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: SimulatorClock,
    private readonly ttlMs: number,
    private readonly secrets: SecretBook,
  ) {}

  create(uid: number): string {
    const key = randomBytes(SESSION_BYTES).toString('hex');
    this.sessions.set(key, { uid, expiresAt: this.clock.now() + this.ttlMs });
    this.secrets.add(key, 'session');
    return key;
  }

  /** The uid of a live session; expired sessions are forgotten on sight. */
  lookup(key: string): number | undefined {
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (this.clock.now() >= session.expiresAt) {
      this.sessions.delete(key);
      return undefined;
    }
    return session.uid;
  }

  remove(key: string): void {
    this.sessions.delete(key);
  }
}
