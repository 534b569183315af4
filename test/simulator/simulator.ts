// The Simulator object tests hold: the running server plus programmatic controls (clock, faults, request log,
// operations) and helpers that change the platform's state directly, without HTTP.

import { findTemplate, resolveScope, templatesFor, TokenScope, TokenTemplate } from './apiCatalog';
import { SimulatorClock } from './clock';
import { parsePlatformDate } from './dates';
import { ENV_STATUS, statusLabel } from './environments';
import { FaultInjector } from './faults';
import { Fixture, FixtureEnvironment, loadDefaultFixture } from './fixture';
import { DEFAULT_PLATFORM_DOMAIN, DEFAULT_SESSION_TTL_MS, MANUAL_DURATIONS, OperationKind, REAL_DURATIONS } from './guesses';
import { authenticationRoutes } from './handlers/authentication';
import { accountRoutes } from './handlers/account';
import { controlRoutes } from './handlers/control';
import { deploymentRoutes } from './handlers/deployment';
import { fileRoutes } from './handlers/files';
import { nodeRoutes } from './handlers/nodes';
import { uploaderRoutes } from './handlers/uploader';
import { NewAccount } from './accounts';
import { Durations, OperationEvent } from './operations';
import { Platform } from './platform';
import { RequestFilter, RequestLog, RequestLogEntry } from './requestLog';
import { RouteTable } from './routes';
import { KnownSecret } from './secrets';
import { SimulatorServer } from './server';
import { totpCode } from './totp';
import { Variants } from './variants';
import { WorkloadHooks } from './workloadHooks';

export interface SimulatorOptions {
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 'manual': time moves only on clock.advance()/set(). */
  clock?: 'real' | 'manual';
  durations?: Partial<Record<OperationKind, number>>;
  /** Default: fixture.json next to this module. */
  fixture?: Fixture;
  sessionTtlMs?: number;
  platformDomain?: string;
}

/** The clock as tests see it. */
export type SimClock = Pick<SimulatorClock, 'mode' | 'now' | 'date' | 'advance' | 'set'>;

export interface TestTokenOptions {
  login: string;
  /** A template name or id, e.g. 'IDE Plugins'. */
  template?: string | number;
  /** Method names, e.g. ['environment.control.GetEnvs'] (used when no template). */
  apiList?: string[] | string;
  /** A Date, ms since the epoch, or a date string (`yyyy-MM-dd HH:mm:ss` UTC or ISO). May be in the past. */
  expiresAt?: Date | number | string;
  description?: string;
  /** A token the platform made (`isSystem: true`). */
  isSystem?: boolean;
  extraData?: string;
}

export interface BulkEnvironmentOptions {
  /** Names are `<prefix>-<n>`; default 'bulk'. */
  prefix?: string;
  /** Default 1 (Running). */
  status?: number;
  /** Nodes per environment, all in group `cp`; default 1. */
  nodes?: number;
}

/** A read-only view of an environment's state for assertions. */
export interface EnvSnapshot {
  envName: string;
  displayName?: string;
  status: number;
  statusLabel: string;
  ownerUid: number;
  nodes: { id: number; nodeGroup: string; status: number }[];
  operation?: { kind: OperationKind; action: string; startedAt: number };
}

export class Simulator {
  readonly clock: SimClock;
  readonly faults: FaultInjector;
  readonly demo: { login: string; password: string; token: string };
  /** Deploys, logs and node files: hooks that act behind the client's back (workloadHooks.ts). */
  readonly workloads: WorkloadHooks;
  private readonly log: RequestLog;
  private nextBulkNodeId = 500_000;
  private isClosed = false;

  private constructor(
    readonly url: string,
    private readonly platform: Platform,
    private readonly server: SimulatorServer,
    log: RequestLog,
    faults: FaultInjector,
    demo: { login: string; password: string },
  ) {
    this.clock = platform.clock;
    this.log = log;
    this.faults = faults;
    this.workloads = new WorkloadHooks(platform);
    this.demo = { ...demo, token: this.createToken({ login: demo.login, template: 'IDE Plugins', description: 'IDE Plugins (simulator demo)' }).key };
  }

  static async start(options: SimulatorOptions = {}): Promise<Simulator> {
    const mode = options.clock ?? 'manual';
    const clock = new SimulatorClock(mode);
    const platform = new Platform({
      clock,
      durations: { ...(mode === 'real' ? REAL_DURATIONS : MANUAL_DURATIONS), ...options.durations },
      sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
      platformDomain: options.platformDomain ?? DEFAULT_PLATFORM_DOMAIN,
    });
    const fixture = options.fixture ?? loadDefaultFixture();
    platform.seed(fixture);
    const demoAccount = fixture.accounts[0];
    if (!demoAccount) throw new Error('simulator: the fixture needs at least one account (the first is the demo account)');

    const log = new RequestLog(platform.secrets);
    const faults = new FaultInjector();
    const server = new SimulatorServer({
      platform,
      routes: new RouteTable([
        ...authenticationRoutes,
        ...accountRoutes,
        ...controlRoutes,
        ...nodeRoutes,
        ...deploymentRoutes,
        ...fileRoutes,
        ...uploaderRoutes,
      ]),
      faults,
      log,
    });
    const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    platform.origin = url;
    return new Simulator(url, platform, server, log, faults, { login: demoAccount.login, password: demoAccount.password });
  }

  /** Which form each behaviour the platform docs leave unknown takes; switch them in a test (variants.ts). */
  get variants(): Variants {
    return this.platform.variants;
  }

  /**
   * The code an authenticator app shows now (simulator time) for a two-factor account, e.g. `tfa@example.com`.
   * Registered as a secret: the no-secret sweeps look for it.
   */
  twoFactorCode(login: string, at: number = this.clock.now()): string {
    const secret = this.platform.accounts.expect(login).twoFactorSecret;
    if (secret === undefined) throw new Error(`simulator: ${login} has no two-factor authentication`);
    const code = totpCode(secret, at);
    this.platform.secrets.add(code, '2FA code');
    return code;
  }

  /** Live sign-in sessions; `{ restricted: true }`: two-factor sign-ins still waiting for their code. */
  countSessions(options: { restricted?: boolean } = {}): number {
    return this.platform.sessions.count(options);
  }

  // ─── Request log ──────────────────────────────────────────────────────────────────────────────────
  /** Every request so far (a copy), secrets redacted. */
  get requests(): RequestLogEntry[] {
    return this.log.all();
  }

  clearRequests(): void {
    this.log.clear();
  }

  /** How many logged requests match: an API method name ('GetEnvs'), a partial entry, or a predicate. */
  countRequests(filter?: RequestFilter): number {
    return this.log.count(filter);
  }

  /** Resolves when the next matching request arrives (before it is answered). */
  nextRequest(filter?: RequestFilter): Promise<RequestLogEntry> {
    return this.log.next(filter);
  }

  /**
   * Every token, session, password and 2FA code this simulator issued, was seeded with or received (refused ones
   * too), with its kind: what must never appear anywhere outside SecretStorage.
   */
  secretsSeen(): KnownSecret[] {
    return this.platform.secrets.entries();
  }

  // ─── Operations and durations ─────────────────────────────────────────────────────────────────────
  /** Resolves once an operation on `envName` (any environment when omitted) has started — at once if one is running. */
  operationStarted(envName?: string): Promise<OperationEvent> {
    return this.platform.operations.started(envName);
  }

  /** Finishes every operation in progress now; their blocked calls then answer. */
  completeOperations(): void {
    this.platform.operations.completeAll();
  }

  get operationsInProgress(): OperationEvent[] {
    return this.platform.operations.inProgress();
  }

  /** The current operation durations (ms of simulator time). */
  get durations(): Readonly<Durations> {
    return { ...this.platform.operations.durations };
  }

  /** Changes durations for operations started from now on. */
  setDurations(durations: Partial<Durations>): void {
    Object.assign(this.platform.operations.durations, durations);
  }

  // ─── State helpers (no HTTP) ──────────────────────────────────────────────────────────────────────
  addAccount(spec: NewAccount & { environments?: FixtureEnvironment[] }): { uid: number; login: string } {
    const account = this.platform.accounts.add(spec);
    for (const env of spec.environments ?? []) this.platform.environments.add(account.uid, env, this.clock.now());
    return { uid: account.uid, login: account.login };
  }

  unblock(login: string): void {
    this.platform.accounts.unblock(login);
  }

  /** Creates a token directly (no password, no past-date check); counts towards the 100-token limit. */
  createToken(options: TestTokenOptions): { id: number; key: string } {
    const account = this.platform.accounts.expect(options.login);
    const token = this.platform.tokens.create(account.uid, {
      description: options.description ?? 'simulator test token',
      scope: scopeFor(options, templatesFor(this.platform.variants.idePluginsPreset)),
      expiresAt: options.expiresAt === undefined ? undefined : toMs(options.expiresAt),
      isSystem: options.isSystem,
      extraData: options.extraData,
    });
    return { id: token.id, key: token.key };
  }

  /** Sets an environment's status at once (nodes follow). Not allowed while an operation is running on it. */
  setEnvStatus(envName: string, status: number): void {
    const env = this.platform.environments.get(envName);
    if (!env) throw new Error(`simulator: no environment ${envName}`);
    if (env.operation) throw new Error(`simulator: ${envName} is busy with ${env.operation.action}; complete it first`);
    this.platform.environments.setStatus(env, status);
  }

  getEnv(envName: string): EnvSnapshot | undefined {
    const env = this.platform.environments.get(envName);
    if (!env) return undefined;
    return {
      envName: env.envName,
      displayName: env.displayName,
      status: env.status,
      statusLabel: statusLabel(env.status),
      ownerUid: env.ownerUid,
      nodes: env.nodes.map(({ id, nodeGroup, status }) => ({ id, nodeGroup, status })),
      operation: env.operation && { ...env.operation },
    };
  }

  /** Adds `count` generated environments to an account (for big-account tests); returns their names. */
  addEnvironments(login: string, count: number, options: BulkEnvironmentOptions = {}): string[] {
    const account = this.platform.accounts.expect(login);
    const prefix = options.prefix ?? 'bulk';
    const width = String(count).length;
    const names: string[] = [];
    for (let index = 1; index <= count; index++) {
      const envName = `${prefix}-${String(index).padStart(width, '0')}`;
      this.platform.environments.add(
        account.uid,
        {
          envName,
          displayName: `Bulk environment ${index}`,
          status: options.status ?? ENV_STATUS.RUNNING,
          nodeGroups: [{ name: 'cp' }],
          nodes: Array.from({ length: options.nodes ?? 1 }, () => ({
            id: this.nextBulkNodeId++,
            nodeGroup: 'cp',
            nodeType: 'nodejs',
            name: 'Node.js',
          })),
        },
        this.clock.now(),
      );
      names.push(envName);
    }
    return names;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Stops the server, dropping every connection (hanging and blocked calls included) and every timer. */
  async close(): Promise<void> {
    this.isClosed = true;
    this.faults.clear();
    this.platform.clock.close();
    await this.server.close();
  }
}

function scopeFor(options: TestTokenOptions, templates: readonly TokenTemplate[]): TokenScope {
  if (options.template !== undefined) {
    const template = findTemplate(options.template, templates);
    if (!template) throw new Error(`simulator: no token template ${options.template}`);
    return { template, methods: template.methods };
  }
  const list = Array.isArray(options.apiList) ? options.apiList.join(',') : options.apiList;
  const scope = list === undefined ? undefined : resolveScope(undefined, list);
  if (!scope) throw new Error('simulator: createToken needs a template or an apiList');
  return scope;
}

function toMs(date: Date | number | string): number {
  const ms = typeof date === 'string' ? (parsePlatformDate(date) ?? Date.parse(date)) : new Date(date).getTime();
  if (Number.isNaN(ms)) throw new Error(`simulator: not a date: ${String(date)}`);
  return ms;
}
