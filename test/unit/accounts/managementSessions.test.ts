import { strict as assert } from 'node:assert';
import { getTokens, PlatformClient, PlatformError, signIn } from '../../../src/platform';
import { IDLE_LIMIT_MS, ManagementSessions, SessionEndedError, Timers } from '../../../src/accounts/managementSessions';
import { rejection, useSimulator } from '../platform/helpers';

/** Timers driven by the test: nothing fires until `advance`. */
class ManualTimers implements Timers {
  private time = 1_000_000;
  private pending: { due: number; callback: () => void; id: number }[] = [];
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.push({ due: this.time + ms, callback, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle);
  }

  get armed(): number {
    return this.pending.length;
  }

  /** Time passes but no timer fires: a laptop asleep (its timers are late or lost). */
  sleep(ms: number): void {
    this.time += ms;
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.pending.filter((timer) => timer.due <= this.time);
    this.pending = this.pending.filter((timer) => timer.due > this.time);
    for (const timer of due) timer.callback();
  }
}

describe('token management sign-ins', () => {
  const context = useSimulator();
  let timers: ManualTimers;
  let sessions: ManagementSessions;
  let logged: string[];

  beforeEach(() => {
    timers = new ManualTimers();
    logged = [];
    sessions = new ManagementSessions({ info: (m) => logged.push(m), warn: (m) => logged.push(m) }, timers);
  });

  afterEach(() => sessions.dispose());

  async function signedIn() {
    const { sim } = context;
    const client = new PlatformClient({ origin: sim.url });
    const result = await signIn(client, { login: sim.demo.login, password: sim.demo.password });
    assert.equal(result.kind, 'signedIn');
    const value = (result as { session: string }).session;
    return { client, value, session: sessions.add(client, value, { login: sim.demo.login, uid: (result as { uid?: number }).uid }) };
  }

  it('keeps one sign-in per platform and login, and runs calls with it', async () => {
    const { session } = await signedIn();
    assert.deepEqual(sessions.list(), [session]);
    const tokens = await sessions.run(session, (client, value) => getTokens(client, value));
    assert.ok(tokens.length >= 1);
    const again = await signedIn();
    assert.deepEqual(sessions.list(), [again.session], 'a second sign-in of the same login replaces the first');
  });

  it('signs out on the platform when asked', async () => {
    const { session, client, value } = await signedIn();
    const changes: unknown[] = [];
    sessions.onDidChange((ended) => changes.push(ended?.reason));
    await sessions.signOut(session);
    assert.deepEqual(sessions.list(), []);
    assert.deepEqual(changes, ['signedOut']);
    assert.equal(context.sim.countRequests('Signout'), 1);
    const error = await rejection(getTokens(client, value));
    assert.ok(error instanceof PlatformError && error.result === 702);
    await assert.rejects(sessions.run(session, async () => 1), SessionEndedError);
  });

  it('ends after 15 idle minutes; every call counts as activity', async () => {
    const { session } = await signedIn();
    timers.advance(IDLE_LIMIT_MS - 60_000);
    await sessions.run(session, (client, value) => getTokens(client, value));
    timers.advance(IDLE_LIMIT_MS - 60_000);
    assert.equal(sessions.list().length, 1, 'still alive: the call reset the idle time');
    const ended = new Promise<unknown>((resolve) => sessions.onDidChange((end) => resolve(end?.reason)));
    timers.advance(60_000);
    assert.equal(await ended, 'idle');
    assert.deepEqual(sessions.list(), []);
    assert.ok(logged.some((line) => line.includes('idle')));
  });

  it('a laptop that slept past the limit must sign in again: idle time is the clock at the next use, not a timer', async () => {
    const { session } = await signedIn();
    context.sim.clearRequests();
    timers.sleep(IDLE_LIMIT_MS);
    assert.equal(sessions.list().length, 1, 'no timer fired while asleep');
    const error = await rejection(sessions.run(session, (client, value) => getTokens(client, value)));
    assert.ok(error instanceof SessionEndedError && error.reason === 'idle', String(error));
    assert.equal(context.sim.countRequests('GetTokens'), 0, 'the call was not sent');
    assert.equal(context.sim.countRequests('Signout'), 1, 'signed out on the platform');
    assert.deepEqual(sessions.list(), []);
  });

  it("a flow's own sign-in (held while it waits for the user) follows the same limit and clock", async () => {
    const held = sessions.hold('app.example.com');
    let calls = 0;
    timers.sleep(IDLE_LIMIT_MS - 1);
    await held.run(async () => calls++);
    timers.sleep(IDLE_LIMIT_MS - 1);
    await held.run(async () => calls++);
    assert.equal(calls, 2, 'each use resets the idle time');
    timers.sleep(IDLE_LIMIT_MS);
    const error = await rejection(held.run(async () => calls++));
    assert.ok(error instanceof SessionEndedError && error.reason === 'idle' && error.host === 'app.example.com');
    assert.equal(calls, 2, 'nothing ran after the limit');
  });

  it('expireIdle(now) ends only the sign-ins idle long enough', async () => {
    const { session } = await signedIn();
    assert.deepEqual(await sessions.expireIdle(timers.now() + IDLE_LIMIT_MS - 1), []);
    assert.deepEqual(await sessions.expireIdle(timers.now() + IDLE_LIMIT_MS), [session]);
    assert.equal(context.sim.countRequests('Signout'), 1);
  });

  it('drops a sign-in the platform ended (702) and passes the error on', async () => {
    const { session } = await signedIn();
    context.sim.clock.advance(25 * 60 * 60 * 1000); // the simulator's sessions live 24 hours
    const error = await rejection(sessions.run(session, (client, value) => getTokens(client, value)));
    assert.ok(error instanceof PlatformError && error.result === 702);
    assert.deepEqual(sessions.list(), []);
  });

  it('has the log mask a session value only while the session lives', async () => {
    const tracked = new Set<string>();
    const masked = new ManagementSessions(
      { info: () => undefined, warn: () => undefined, redactor: { track: (v) => tracked.add(v), forget: (v) => tracked.delete(v) } },
      timers,
    );
    const client = new PlatformClient({ origin: context.sim.url });
    const result = await signIn(client, { login: context.sim.demo.login, password: context.sim.demo.password });
    const value = (result as { session: string }).session;
    const session = masked.add(client, value, { login: context.sim.demo.login });
    assert.deepEqual([...tracked], [value]);
    await masked.signOut(session);
    assert.deepEqual([...tracked], []);
    await masked.dispose();
  });

  it('forgets everything and disarms its timer on dispose', async () => {
    await signedIn();
    assert.equal(timers.armed, 1);
    await sessions.dispose();
    assert.equal(timers.armed, 0);
    assert.deepEqual(sessions.list(), []);
    assert.equal(context.sim.countRequests('Signout'), 1);
  });
});
