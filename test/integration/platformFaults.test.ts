// Platform faults in a real extension host: every fault the simulator can inject, against every operation that calls
// the platform (Start and Stop from the tree and the palette, Refresh, Add Access Token, the token-management sign-in
// and token list, each step of Generate IDE Plugins Token). Each named test checks the same four promises: a clear
// message naming the operation (no HTML, JSON, stack or secret), stored accounts and tokens unchanged, a start or stop
// sent exactly once, and the same operation working once the fault is gone. Then a 702 in the middle of an operation,
// and a start that times out here but completes on the platform.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { VapExtensionApi } from '../../src/activation/api';
import type { TokenNode } from '../../src/tokens/tokensTree';
import type { FaultSpec } from '../simulator';
import { AccessUi, resetExtension, tokenRows } from './accessKit';
import { useEnvironmentsFixture } from './environmentsKit';
import { TextMatch } from './scriptedUserInterface';

const LOGIN = 'demo@example.com';
const PASSWORD = 'demo-password';
const SECOND = 'tfa@example.com';

/** The scripted UI that also tells a test when a message matching has been shown (events, not sleeps). */
class FaultUi extends AccessUi {
  private readonly waiters: { match: RegExp; resolve: (text: string) => void }[] = [];

  messageShown(match: RegExp): Promise<string> {
    const seen = this.messages.find((message) => match.test(message.text));
    if (seen) return Promise.resolve(seen.text);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  override showInformationMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    const answer = super.showInformationMessage(message, options, ...items);
    this.notify(message);
    return answer;
  }

  override showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    const answer = super.showWarningMessage(message, options, ...items);
    this.notify(message);
    return answer;
  }

  override showErrorMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    const answer = super.showErrorMessage(message, options, ...items);
    this.notify(message);
    return answer;
  }

  private notify(text: string): void {
    for (const waiter of this.waiters.filter((candidate) => candidate.match.test(text))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(text);
    }
  }
}

/** The extension's stored accounts with their SecretStorage tokens: what no fault may change. */
async function storedAccounts(api: VapExtensionApi): Promise<unknown[]> {
  return Promise.all(api.services.accounts.list().map(async (account) => ({ ...account, token: await api.services.accounts.token(account.id) })));
}

/** A message the user can act on: names what failed, and carries no page, JSON, stack trace or secret-shaped text. */
function assertClearMessage(text: string, operation: TextMatch): void {
  assert.ok(typeof operation === 'string' ? text.includes(operation) : operation.test(text), `"${text}" does not name ${String(operation)}`);
  assert.doesNotMatch(text, /<\/?[a-z!][^>]*>/i, `HTML in "${text}"`);
  assert.doesNotMatch(text, /[{}[\]]|"result"/, `JSON in "${text}"`);
  assert.doesNotMatch(text, /\n\s+at |Error:|\.ts:\d|\.js:\d/, `a stack trace in "${text}"`);
  assert.doesNotMatch(text, /undefined|null|NaN|\[object/, `an internal value in "${text}"`);
}

/** Each fault the simulator injects, and the words the message must use for it (undefined: the call still works). */
const FAULTS: { name: string; spec: FaultSpec; says?: RegExp }[] = [
  { name: 'latency (a slow but good answer)', spec: { kind: 'latency', ms: 30 } },
  { name: 'HTTP 503 from a proxy', spec: { kind: 'http', status: 503 }, says: /answered with a server error \(HTTP 503\)/ },
  { name: 'an HTML error page (HTTP 500)', spec: { kind: 'http', status: 500 }, says: /answered with a server error \(HTTP 500\)/ },
  { name: 'an HTML page with HTTP 200', spec: { kind: 'html' }, says: /not platform API data \(a web page instead of JSON\)/ },
  { name: 'a cut connection', spec: { kind: 'cut' }, says: /could not reach .* \(the connection was cut\)/ },
  { name: 'truncated JSON', spec: { kind: 'malformed' }, says: /not platform API data \(malformed JSON\)/ },
  {
    name: 'an envelope with unexpected types',
    spec: { kind: 'json', body: { result: '0', error: ['x'], infos: { not: 'a list' }, session: 7 } },
    says: /not platform API data \(no numeric result code\)/,
  },
];

interface Operation {
  readonly name: string;
  /** The API method the fault hits. */
  readonly method: string;
  /** The start or stop that must be sent exactly once per user action. */
  readonly action?: 'StartEnv' | 'StopEnv';
  /** What the message names. */
  readonly names: TextMatch;
  /** The fault is no failure of the operation: it is logged, the user sees the operation work. */
  readonly quietFailure?: RegExp;
  /** Before the fault is set, e.g. the first load of the view. */
  prepare?(): Promise<unknown>;
  /** Runs the operation as a user would; `failure` matches the message expected (undefined: it works). */
  run(failure: RegExp | undefined): Promise<void>;
}

describe('Platform faults', function () {
  this.timeout(30_000);
  // No secret anywhere after each test: the sweep that runs after every integration test (afterEveryTest.ts).
  afterEach(function () {
    t.api.environments.useTiming({ actionTimeoutMs: undefined });
    if (this.currentTest?.state === 'failed') console.log('  messages:', ui.messages.map((seen) => seen.text), '\n  failures:', ui.failures);
  });
  const t = useEnvironmentsFixture();
  let ui: FaultUi;
  beforeEach(async () => {
    await resetExtension(t.api);
    ui = new FaultUi();
    t.api.useUserInterface(ui);
    await t.addAccount('Demo');
  });
  afterEach(async () => resetExtension(t.api));

  const host = () => new URL(t.sim.url).host;
  const launch = (command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand(command, ...args));
  const pollInitialMs = () => t.api.environments.timing.pollInitialMs;
  /** The platform (known from the Demo account), the demo login and its password. */
  const signInPrompts = () => ui.expectQuickPick(/Pick the platform/, host()).expectInputBox(/login/, LOGIN).expectInputBox(/password/, PASSWORD);
  /** Sign In to Manage Tokens, expecting `failure` (a message matching it) or not. */
  async function signInToManage(failure: RegExp | undefined): Promise<void> {
    signInPrompts();
    if (failure) ui.expectMessage('error', failure);
    await vscode.commands.executeCommand('vap.signInToManageTokens');
  }
  const listsDemoToken = async (node?: TokenNode) => (await tokenRows(t.api, node)).some((row) => row.label === 'IDE Plugins (simulator demo)');

  /**
   * Start or Stop: the blocking call gets the fault, so its outcome is unknown: the state is read (one GetEnvInfo on
   * the manual scheduler) instead of sending it again, and the user hears that it did not happen.
   */
  function lifecycle(
    name: string,
    options: {
      envName: string;
      label: string;
      /** The row's description before and after it worked (undefined: Running). */
      before?: string;
      after?: string;
      action: 'StartEnv' | 'StopEnv';
      palette: boolean;
    },
  ): Operation {
    const command = options.action === 'StartEnv' ? 'vap.environments.start' : 'vap.environments.stop';
    const verb = options.action === 'StartEnv' ? 'Start' : 'Stop';
    return {
      name,
      method: options.action,
      action: options.action,
      names: `${verb} ${options.label}`,
      async run(failure) {
        const row = await t.envRow(options.envName);
        if (options.palette) ui.expectQuickPick(/Which environment/, options.label);
        if (verb === 'Stop') ui.expectMessage('warning', `Stop ${options.label}?`, 'Stop');
        if (failure) {
          ui.expectMessage('warning', failure);
          const running = options.palette ? launch(command) : launch(command, row.element);
          await t.scheduler.whenPending();
          t.scheduler.advance(pollInitialMs());
          await running;
          await t.waitForRow(options.envName, (current) => current.description === options.before, `still ${options.before ?? 'running'}`);
        } else {
          const running = options.palette ? launch(command) : launch(command, row.element);
          await t.sim.operationStarted(options.envName);
          t.sim.completeOperations();
          await running;
          await t.waitForRow(options.envName, (current) => current.description === options.after, options.after ?? 'running');
        }
        ui.assertDone();
      },
    };
  }

  const OPERATIONS: Operation[] = [
    lifecycle('Start from the tree', { envName: 'staging-api', label: 'Staging API', before: 'Stopped', action: 'StartEnv', palette: false }),
    lifecycle('Start from the palette', { envName: 'staging-api', label: 'Staging API', before: 'Stopped', action: 'StartEnv', palette: true }),
    lifecycle('Stop from the tree', { envName: 'shop-prod', label: 'Shop — production', after: 'Stopped', action: 'StopEnv', palette: false }),
    lifecycle('Stop from the palette', { envName: 'shop-prod', label: 'Shop — production', after: 'Stopped', action: 'StopEnv', palette: true }),
    {
      name: 'Environments refresh (GetEnvs)',
      method: 'GetEnvs',
      names: 'Loading the environments of Demo',
      prepare: () => t.rows(),
      async run(failure) {
        if (failure) ui.expectMessage('error', failure);
        await vscode.commands.executeCommand('vap.environments.refresh');
        ui.assertDone();
        // What was loaded before stays on screen; the failure is a row of its own until the next refresh.
        assert.equal((await t.envRow('shop-prod')).label, 'Shop — production');
        const errorRows = (await t.rows()).filter((row) => row.element.kind !== 'environment');
        assert.equal(errorRows.length, failure ? 1 : 0, JSON.stringify(errorRows.map((row) => row.label)));
      },
    },
    {
      name: 'Add Access Token (the GetEnvs check)',
      method: 'GetEnvs',
      names: 'Checking the token with 127.0.0.1',
      // The view loads Demo's environments (a GetEnvs) when its account is added: done before the fault is armed, so
      // the fault meets the token check and not that load.
      prepare: () => t.rows(),
      async run(failure) {
        const token = t.sim.createToken({ login: SECOND, template: 'IDE Plugins' }).key;
        ui.expectQuickPick(/Pick the platform/, host()).expectInputBox(/access token/, token);
        ui.expectMessage(failure ? 'error' : 'information', failure ?? /^Added tfa@example.com/);
        await vscode.commands.executeCommand('vap.addAccessToken');
        ui.assertDone();
        if (!failure) assert.equal(await t.api.services.accounts.token(t.api.services.accounts.list()[1].id), token);
      },
    },
    {
      name: 'Sign In to Manage Tokens (Signin)',
      method: 'Signin',
      names: 'Sign-in to 127.0.0.1',
      async run(failure) {
        await signInToManage(failure);
        ui.assertDone();
        assert.equal(t.api.services.tokenSessions.list().length, failure ? 0 : 1, 'signed in only when Signin worked');
        if (!failure) assert.ok(await listsDemoToken());
      },
    },
    {
      name: 'the token list after signing in (GetTokens)',
      method: 'GetTokens',
      names: 'Loading the access tokens on 127.0.0.1',
      async run(failure) {
        await signInToManage(failure);
        const [session] = t.api.services.tokenSessions.list();
        assert.ok(session, 'the sign-in itself worked');
        if (failure) {
          // The view asks for the tokens: the load fails and is reported once, whoever asked first.
          const [node] = await t.api.accessTokens.tree.getChildren();
          await t.api.accessTokens.tree.getChildren(node);
          await ui.messageShown(failure);
          await t.api.accessTokens.tree.refresh(session); // the user's Refresh: the fault is gone now
          assert.ok(await listsDemoToken(node));
        } else {
          assert.ok(await listsDemoToken());
        }
        ui.assertDone();
      },
    },
    ...(['Signin', 'CreateToken', 'Signout'] as const).map(
      (step): Operation => ({
        name: `Generate IDE Plugins Token, fault at ${step}`,
        method: step,
        names: step === 'Signin' ? 'Sign-in to 127.0.0.1' : 'Generating an IDE Plugins token on 127.0.0.1',
        quietFailure: step === 'Signout' ? /Signout on 127\.0\.0\.1:\d+ failed: Signout/ : undefined,
        async run(failure) {
          const signouts = t.sim.countRequests('Signout');
          const creates = t.sim.countRequests('CreateToken');
          signInPrompts();
          const signedIn = !(failure && step === 'Signin');
          if (signedIn) ui.expectInputBox(/description/, `made under ${step} faults`).expectQuickPick(/expire/, '30 days');
          // A failed Signout is no failure of the token: it is stored, and the session dies on the platform anyway.
          const created = !failure || step === 'Signout';
          if (created) ui.expectMessage('information', /^Created the IDE Plugins token/);
          else ui.expectMessage('error', failure);
          await vscode.commands.executeCommand('vap.generateIdePluginsToken');
          ui.assertDone();
          assert.equal(t.sim.countRequests('CreateToken') - creates, signedIn ? 1 : 0, 'CreateToken at most once');
          assert.equal(t.sim.countRequests('Signout') - signouts, signedIn ? 1 : 0, 'every sign-in is signed out, whatever failed');
          assert.equal(t.api.services.tokenSessions.list().length, 0, 'no sign-in is kept');
          // An account of the signed-in user holds the new token only when it was created: nothing half-stored.
          const [demo, generated] = t.api.services.accounts.list();
          assert.equal(await t.api.services.accounts.token(demo.id), t.sim.demo.token, 'the account already there keeps its token');
          assert.equal(generated?.user, created ? LOGIN : undefined);
          if (generated) assert.notEqual(await t.api.services.accounts.token(generated.id), t.sim.demo.token);
        },
      }),
    ),
  ];

  for (const operation of OPERATIONS) {
    describe(`every fault × ${operation.name}`, () => {
      for (const fault of FAULTS) {
        it(`${fault.name}: ${fault.says ? 'a clear message, nothing lost, nothing re-sent, works afterwards' : 'just works'}`, async () => {
          await operation.prepare?.();
          const stored = await storedAccounts(t.api);
          t.sim.clearRequests();
          t.sim.faults.add({ ...fault.spec, method: operation.method });
          const failure = fault.says && new RegExp(`${escape(operation.names)}.*${fault.says.source}`);
          await operation.run(operation.quietFailure ? undefined : failure);
          assert.equal(t.sim.faults.pending.length, 0, 'the fault was used');
          if (operation.action) assert.equal(t.sim.countRequests(operation.action), 1, `${operation.action} sent exactly once`);
          if (!failure) return;
          if (operation.quietFailure) {
            assert.ok(t.api.logLines.some((line) => operation.quietFailure?.test(line)), 'the failure is in the log');
          } else {
            assertClearMessage(ui.lastMessage(failure).text, operation.names);
            assert.deepEqual(await storedAccounts(t.api), stored, 'the stored accounts and tokens are unchanged');
          }
          // Usable afterwards: the same operation, now without a fault, works.
          const sent = operation.action ? t.sim.countRequests(operation.action) : 0;
          await t.api.services.tokenSessions.signOut();
          await operation.run(undefined);
          if (operation.action) assert.equal(t.sim.countRequests(operation.action), sent + 1, 'one more, for the one more click');
        });
      }
    });
  }

  describe('a 702 in the middle of an operation', () => {
    it('Stop answered 702: "token invalid", Replace Token offered and done on the same account, nothing deleted, Stop sent once', async () => {
      const shop = await t.envRow('shop-prod');
      const [account] = t.api.services.accounts.list();
      const fresh = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins' });
      t.sim.clearRequests();
      t.sim.faults.add({ method: 'StopEnv', kind: 'json', body: { result: 702, error: 'user is not authenticated' } });
      const health: string[] = [];
      const listening = t.api.services.health.onDidChange((id) => health.push(t.api.services.health.get(id).status));
      ui.expectMessage('warning', 'Stop Shop — production?', 'Stop')
        .expectMessage('error', /^Stop Shop — production failed: the access token is invalid, expired or revoked\.$/, 'Replace Token')
        .expectQuickPick(/How do you want to replace it/, 'Paste a Token')
        .expectInputBox(/access token/, fresh.key)
        .expectMessage('information', /^Replaced the token of/);
      try {
        await vscode.commands.executeCommand('vap.environments.stop', shop.element);
      } finally {
        listening.dispose();
      }
      ui.assertDone();
      assert.equal(health[0], 'rejected', 'the account turned "token invalid" first');
      assert.deepEqual(ui.lastMessage(/access token is invalid/).items, ['Replace Token', 'Show Log']);
      assert.deepEqual(t.api.services.accounts.list().map((a) => a.id), [account.id], 'the same account: never deleted');
      assert.equal(await t.api.services.accounts.token(account.id), fresh.key);
      assert.equal(t.api.services.health.get(account.id).invalid, false);
      assert.equal(t.sim.countRequests('StopEnv'), 1, 'StopEnv sent once');
      assert.equal(t.sim.getEnv('shop-prod')?.status, 1, 'nothing happened on the platform');
    });

    it('702 while following a Start whose answer was cut: "token invalid", the token kept, StartEnv sent once', async () => {
      const staging = await t.envRow('staging-api');
      const [account] = t.api.services.accounts.list();
      t.sim.clearRequests();
      t.sim.faults.add({ method: 'StartEnv', kind: 'cut', applyOperation: true });
      t.sim.faults.add({ method: 'GetEnvInfo', kind: 'json', body: { result: 702, error: 'user is not authenticated' } });
      ui.expectMessage('error', /^Start Staging API failed: the access token is invalid, expired or revoked\.$/);
      const running = launch('vap.environments.start', staging.element);
      await t.scheduler.whenPending();
      t.scheduler.advance(pollInitialMs());
      await running;
      ui.assertDone();
      assert.equal(t.api.services.health.get(account.id).invalid, true);
      assert.equal(await t.api.services.accounts.token(account.id), t.sim.demo.token, 'kept until the user replaces it');
      assert.equal(t.sim.countRequests('StartEnv'), 1);
    });
  });

  describe('an answer that says OK but carries the wrong types', () => {
    it('GetEnvs with result 0 and infos that is no list: the environments shown stay, a clear message, no empty view', async () => {
      await t.rows();
      t.sim.faults.add({ method: 'GetEnvs', kind: 'json', body: { result: 0, infos: { 0: 'not a list' } } });
      ui.expectMessage('error', /^Loading the environments of Demo failed: GetEnvs: .* not platform API data \(no environment list\)\.$/);
      await vscode.commands.executeCommand('vap.environments.refresh');
      ui.assertDone();
      assertClearMessage(ui.lastMessage(/Loading the environments/).text, 'Loading the environments of Demo');
      assert.equal((await t.envRow('shop-prod')).label, 'Shop — production');
      assert.equal(t.api.environments.tree.showsNoEnvironmentsWelcome, false);
    });
  });

  describe('a sign-in that ends while its view still asks', () => {
    it('the token list asked for after Sign Out shows no error (the view re-renders a node it still holds)', async () => {
      await signInToManage(undefined);
      const [node] = await t.api.accessTokens.tree.getChildren();
      await t.api.services.tokenSessions.signOut();
      assert.deepEqual(await t.api.accessTokens.tree.getChildren(node), []);
      ui.assertDone();
      assert.deepEqual(ui.messages.map((message) => message.text), []);
    });
  });

  describe('a start that times out here but completes on the platform', () => {
    it('is followed, not re-sent: Running after the next poll, and a message that it was unknown, then confirmed', async () => {
      t.api.environments.useTiming({ actionTimeoutMs: 60_000 });
      const staging = await t.envRow('staging-api');
      const [account] = t.api.services.accounts.list();
      t.sim.clearRequests();
      ui.expectMessage(
        'information',
        /^“Start Staging API” got no clear answer \(StartEnv: 127\.0\.0\.1:\d+ did not answer within 60 s\), so its outcome was unknown for a while\. The platform has now confirmed it: Staging API is running\.$/,
      );
      const running = launch('vap.environments.start', staging.element);
      await t.sim.operationStarted('staging-api');
      assert.deepEqual(t.scheduler.pendingDelays, [60_000], 'only our deadline is pending');
      t.scheduler.advance(60_000); // our deadline passes; the platform goes on starting it
      await t.scheduler.whenPending();
      assert.equal(t.api.environments.store.busy({ accountId: account.id, envName: 'staging-api' })?.phase, 'watching');
      t.scheduler.advance(pollInitialMs());
      await t.scheduler.whenPending(); // the first poll read it still launching
      await t.waitForRow('staging-api', (row) => row.description === 'Starting…', 'still shows Starting…');
      t.sim.completeOperations();
      t.scheduler.runNext();
      await running;
      await t.waitForRow('staging-api', (row) => row.description === undefined && row.icon === 'vm-running', 'runs');
      ui.assertDone();
      assert.equal(t.sim.countRequests('StartEnv'), 1, 'never a second StartEnv');
      assert.deepEqual(t.methods(), ['StartEnv', 'GetEnvInfo', 'GetEnvInfo']);
      assert.equal(t.scheduler.pending, 0);
    });
  });
});

function escape(text: TextMatch): string {
  return typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
}
