// Sign-in sessions for token management (tokens cannot manage tokens). In memory only, one per platform and login;
// each ends on "Sign Out of Token Management", when the window closes, or after 15 idle minutes. Idle time is
// wall-clock time checked at every use, not only by a timer: a timer does not fire while the laptop sleeps.
// Free of `vscode` so the idle rules are unit-tested.

import { Emitter } from '../util/emitter';
import { GuidedError } from '../util/guidedError';
import { t } from '../util/l10n';
import { PlatformClient, signOut, isSessionRefused } from '../platform';

export const IDLE_LIMIT_MS = 15 * 60 * 1000;

export interface SessionOwner {
  readonly uid?: number;
  readonly email?: string;
  readonly name?: string;
  readonly login: string;
}

/** One management sign-in. The session value itself never leaves this module except into a call. */
export interface ManagementSession {
  /** `origin|login`, lower case. */
  readonly key: string;
  readonly origin: string;
  readonly host: string;
  readonly owner: SessionOwner;
  readonly client: PlatformClient;
}

interface Entry {
  readonly session: ManagementSession;
  readonly value: string;
  lastUsed: number;
}

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Told each session value while it lives, so the log masks it; forgotten when the session ends. */
  readonly redactor?: { track(secret: string): void; forget(secret: string): void };
}

export type SessionEndReason = 'signedOut' | 'idle' | 'expired' | 'replaced' | 'closed';

export function sessionKey(origin: string, login: string): string {
  return `${origin}|${login.trim().toLowerCase()}`;
}

export class ManagementSessions {
  readonly #entries = new Map<string, Entry>();
  readonly #changes = new Emitter<{ session: ManagementSession; reason: SessionEndReason } | undefined>();
  #timer: unknown;

  readonly #log: Logger;
  #timers: Timers;
  constructor(
    log: Logger,
    timers: Timers = realTimers,
    readonly idleLimitMs = IDLE_LIMIT_MS,
  ) {
    this.#log = log;
    this.#timers = timers;
  }

  list(): ManagementSession[] {
    return [...this.#entries.values()].map((entry) => entry.session);
  }

  get(key: string): ManagementSession | undefined {
    return this.#entries.get(key)?.session;
  }

  /** Sessions on this platform, the given user's first. */
  forOrigin(origin: string): ManagementSession[] {
    return this.list().filter((session) => session.origin === origin);
  }

  /** Keeps a new sign-in; an older one for the same platform and login is signed out. */
  add(client: PlatformClient, value: string, owner: SessionOwner): ManagementSession {
    const key = sessionKey(client.origin, owner.login);
    const previous = this.#entries.get(key);
    const session: ManagementSession = { key, origin: client.origin, host: client.host, owner, client };
    this.#log.redactor?.track(value);
    this.#entries.set(key, { session, value, lastUsed: this.#timers.now() });
    if (previous) void this.#end(previous, 'replaced', true);
    this.#log.info(`Signed in to manage tokens on ${client.host}`);
    this.#arm();
    this.#changes.fire(undefined);
    return session;
  }

  /**
   * Runs a call with the session and counts it as activity. A 702 means the platform ended the session: it is
   * dropped here and the error goes on to the caller.
   * @throws SessionEndedError when the session was signed out or expired before the call
   */
  async run<T>(session: ManagementSession, call: (client: PlatformClient, value: string) => Promise<T>): Promise<T> {
    const entry = this.#entries.get(session.key);
    if (!entry || entry.session !== session) throw new SessionEndedError(session.host);
    if (this.#timers.now() - entry.lastUsed >= this.idleLimitMs) {
      await this.#end(entry, 'idle');
      throw new SessionEndedError(session.host, 'idle');
    }
    entry.lastUsed = this.#timers.now();
    this.#arm();
    try {
      return await call(session.client, entry.value);
    } catch (error) {
      if (isSessionRefused(error) && this.#entries.get(session.key) === entry) {
        this.#log.info(`The token management sign-in on ${session.host} has ended on the platform`);
        this.#entries.delete(session.key);
        this.#log.redactor?.forget(entry.value);
        this.#arm();
        this.#changes.fire({ session, reason: 'expired' });
      }
      throw error;
    } finally {
      const current = this.#entries.get(session.key);
      if (current === entry) {
        entry.lastUsed = this.#timers.now();
        this.#arm();
      }
    }
  }

  /**
   * The same idle limit, on the same clock, for a sign-in one flow holds while it waits for the user (Generate IDE
   * Plugins Token, Regenerate Account Token): its calls go through the returned guard.
   */
  hold(host: string): HeldSignIn {
    return new HeldSignIn(host, () => this.#timers.now(), this.idleLimitMs);
  }

  /** For integration tests: a clock that jumps (a laptop waking up). Undefined restores the real timers. */
  useTimers(timers: Timers = realTimers): void {
    this.#timers = timers;
    this.#arm();
  }

  /** Signs out of one session, or of all of them. */
  async signOut(session?: ManagementSession): Promise<void> {
    const targets = session ? [this.#entries.get(session.key)].filter((e): e is Entry => e?.session === session) : [...this.#entries.values()];
    await Promise.all(targets.map((entry) => this.#end(entry, 'signedOut')));
  }

  /**
   * Ends every session idle for the limit or longer at `now`. The timer calls it; tests call it with a later `now`
   * instead of waiting 15 minutes.
   */
  async expireIdle(now = this.#timers.now()): Promise<ManagementSession[]> {
    const idle = [...this.#entries.values()].filter((entry) => now - entry.lastUsed >= this.idleLimitMs);
    await Promise.all(idle.map((entry) => this.#end(entry, 'idle')));
    return idle.map((entry) => entry.session);
  }

  /** Fires when sessions come and go; with the session and why, when one ended. */
  onDidChange(listener: (ended?: { session: ManagementSession; reason: SessionEndReason }) => void): { dispose(): void } {
    return this.#changes.event(listener);
  }

  /** Window closing: sign out everywhere (best effort) and forget everything. */
  async dispose(): Promise<void> {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    const all = [...this.#entries.values()];
    this.#entries.clear();
    this.#changes.dispose();
    await Promise.all(all.map((entry) => this.#platformSignOut(entry)));
  }

  async #end(entry: Entry, reason: SessionEndReason, alreadyReplaced = false): Promise<void> {
    if (!alreadyReplaced) {
      if (this.#entries.get(entry.session.key) !== entry) return;
      this.#entries.delete(entry.session.key);
      this.#arm();
      this.#log.info(`Signed out of token management on ${entry.session.host} (${describe(reason)})`);
      this.#changes.fire({ session: entry.session, reason });
    }
    await this.#platformSignOut(entry);
  }

  async #platformSignOut(entry: Entry): Promise<void> {
    try {
      await signOut(entry.session.client, entry.value);
    } catch (error) {
      // The session is forgotten here either way; the platform ends it on its own later.
      this.#log.warn(`Signout on ${entry.session.host} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.#log.redactor?.forget(entry.value);
    }
  }

  /** One timer, due when the session idle the longest reaches the limit. */
  #arm(): void {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#entries.size === 0) return;
    const oldest = Math.min(...[...this.#entries.values()].map((entry) => entry.lastUsed));
    const due = Math.max(0, oldest + this.idleLimitMs - this.#timers.now());
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = undefined;
      void this.expireIdle().finally(() => this.#arm());
    }, due);
  }
}

/** The session was signed out (or expired) while a command still held it; `idle`: it sat unused past the limit. */
export class SessionEndedError extends GuidedError {
  readonly problem: string;
  readonly summary = t('Your sign-in has ended');
  readonly nextStep = 'signInToManageTokens';
  constructor(
    readonly host: string,
    readonly reason: 'ended' | 'idle' = 'ended',
  ) {
    super(reason === 'idle' ? `The sign-in on ${host} was idle for 15 minutes and has ended` : `The token management sign-in on ${host} has ended`);
    this.problem =
      reason === 'idle'
        ? t('the sign-in on {0} was idle for more than 15 minutes and has ended. Sign in again.', host)
        : t('the sign-in to manage tokens on {0} has ended. Sign in again.', host);
    this.name = 'SessionEndedError';
  }
}

/** A flow's own sign-in, under the idle limit: a call after the limit throws SessionEndedError('idle') unsent. */
export class HeldSignIn {
  #lastUsed: number;
  readonly #host: string;
  readonly #now: () => number;
  readonly #limitMs: number;
  constructor(host: string, now: () => number, limitMs: number) {
    this.#host = host;
    this.#now = now;
    this.#limitMs = limitMs;
    this.#lastUsed = now();
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.#now() - this.#lastUsed >= this.#limitMs) throw new SessionEndedError(this.#host, 'idle');
    try {
      return await call();
    } finally {
      this.#lastUsed = this.#now();
    }
  }
}

function describe(reason: SessionEndReason): string {
  switch (reason) {
    case 'idle':
      return 'idle for 15 minutes';
    case 'expired':
      return 'the platform ended the session';
    case 'replaced':
      return 'signed in again';
    case 'closed':
      return 'window closed';
    case 'signedOut':
      return 'on request';
  }
}
