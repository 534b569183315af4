// EVERY choice the simulator makes where platform-api.md says [?] (or says nothing) lives in this file.
// When a real platform is seen to behave differently, change it here and nowhere else.
// Each entry says what we guessed; the rest of the simulator only reads these constants.
// Deployment, logs and node files have their own page: deploymentGuesses.ts.

import { MANUAL_DEPLOY_MS, REAL_DEPLOY_MS } from './deploymentGuesses';

// ─── Sign-in and sessions ────────────────────────────────────────────────────────────────────────────
/** Consecutive failed sign-ins (wrong password or wrong 2FA code) that block an account: the 6th attempt gets 704. */
export const SIGNIN_FAILURES_BEFORE_BLOCK = 5;
/** A sign-in session lives this long from sign-in (a fixed lifetime, not sliding with use). */
export const DEFAULT_SESSION_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * Two-factor sign-in (platform-api.md "Two-factor sign-in"): Signin answers a restricted session [C: DOC-2FA, the
 * answer's fields I]; a `code` sent to Signin is ignored (not a Signin parameter [C: EXPORT]); Verify2FACode takes
 * `session` + `code` [C: DOC-2FA, PYJ]. Guesses [?]: codes of the step before and after are accepted too (phone
 * clocks drift); a restricted session waits this long for its code, then Verify2FACode answers 702; it takes this
 * many wrong codes, then it ends (702); wrong codes do not count towards the sign-in block; `attemptsLeft` is sent
 * with Signin's answer and with each wrong-code reply that has a body; Signout ends a restricted session too.
 */
export const TFA_CODE_WINDOW_STEPS = 1;
export const RESTRICTED_SESSION_TTL_MS = 5 * 60 * 1000;
export const TFA_ATTEMPTS_PER_SIGNIN = 3;
export const RESTRICTED_SESSION_SIGNOUT_ENDS_IT = true;
/** Signin's `requiredAuthCheck.id` (the export types it int; its meaning is unknown): the account's uid. */
export const AUTH_CHECK_ID_IS_UID = true;
/** Signin's `status` for an active account (export enum ENABLED | SUSPENDED). */
export const ACCOUNT_STATUS = 'ENABLED';
/**
 * Signout with an access token as `session` answers 0 [I: MVN DeployMojo]; what it does to the token is unknown [?]:
 * here, nothing (the token keeps working).
 */
export const TOKEN_SIGNOUT_KEEPS_TOKEN = true;
/** Logins are matched case-insensitively (they are e-mail addresses). */
export const LOGIN_CASE_INSENSITIVE = true;
/** Signin over GET: refused with this envelope (HTTP 200, like every other API error). */
export const SIGNIN_GET_REFUSED = { result: 3, error: 'Signin accepts POST only: parameters in a GET query are refused' };

// ─── Secrets ────────────────────────────────────────────────────────────────────────────────────────
/** Sessions and token keys have the same shape (40 hex chars) so a client cannot tell them apart except by use. */
export const SESSION_BYTES = 20;
export const TOKEN_KEY_BYTES = 20;

// ─── Tokens ─────────────────────────────────────────────────────────────────────────────────────────
export const MAX_TOKENS_PER_ACCOUNT = 100;
/** The 101st token: generic failure (result 1) with this message. Expired tokens still count. */
export const TOKEN_LIMIT_ERROR = {
  result: 1,
  error: `token limit reached: an account can have at most ${MAX_TOKENS_PER_ACCOUNT} access tokens; delete some first`,
};
/** An id that is not one of the caller's tokens (Get ignores it; Edit/Regenerate/Delete fail with this, deleting nothing). */
export const UNKNOWN_TOKEN_RESULT = 3;
export const unknownTokenMessage = (id: string): string => `invalid parameter [id]: token [${id}] not found`;
/** `tokenTemplate` accepts a template name (case-insensitive) or its numeric id; "Custom" or empty means "use apiList". */
export const CUSTOM_TEMPLATE_NAMES = ['', 'custom'];
/** When both tokenTemplate and apiList are given, the template wins and apiList is ignored. */
export const TEMPLATE_WINS_OVER_API_LIST = true;
/** apiList: method names separated by commas or semicolons, or a JSON array of strings; names match case-insensitively. */
export const API_LIST_SEPARATORS = /[,;]/;
/** A token needs at least one method: no template and an empty apiList → invalid parameter [apiList]. */
export const EMPTY_SCOPE_REFUSED = true;
/** expiresAt must be in the future (simulator time) on Create/Edit; a past date → invalid parameter [expiresAt]. */
export const PAST_EXPIRY_REFUSED = true;
/** Dates (expiresAt, lastUsed, createdOn) are UTC in `yyyy-MM-dd HH:mm:ss`. */
export const DATES_ARE_UTC = true;
/** RegenerateToken takes `id` [C: EXPORT] or `ids` [C: PYJ]; with both, `id` is used. */
export const REGENERATE_ACCEPTS_IDS = true;
/** GetTokens/DeleteTokens `ids` are separated by `;` or `,`; `*` = every token of the account [C: PYJ docstring]. */
export const ID_LIST_SEPARATORS = /[;,]/;
export const ALL_IDS = '*';
/**
 * Token objects [C: EXPORT ApiTokenResponse]: `isSystem` is sent on every token, false included [I: real JSON keeps
 * false booleans, SAMPLE]; `extraData` only when a test sets it (meaning unknown [?]); no creation date (its JSON
 * name is unknown [?]). Whether system tokens may be changed is unknown [?]: here they may, like any other.
 */
export const ISSYSTEM_ALWAYS_SENT = true;
/** Check order for token changes: required parameters (3), then password (801), then the rest (3/1). */
export const REQUIRED_PARAMS_BEFORE_PASSWORD = true;
/** A wrong password on a token change does not count towards the sign-in block. */
export const TOKEN_PASSWORD_FAILURES_BLOCK = false;
/** A token's lastUsed is updated by every call it is allowed to make (not by 702/8202 refusals). */
export const LAST_USED_ON_ALLOWED_CALLS_ONLY = true;

// ─── Errors ─────────────────────────────────────────────────────────────────────────────────────────
export const MESSAGES = {
  authFailed: 'authentication failed: wrong login or password',
  tfaFailed: 'authentication failed: wrong two-factor authentication code',
  notAuthenticated: 'user is not authenticated',
  blocked: 'user is blocked: too many failed sign-in attempts',
  invalidPassword: 'invalid password',
  /** 8202 for an access token on a token-management method (also Signout). */
  sessionRequired: (permission: string) =>
    `permission denied: token management needs a sign-in session, access tokens cannot call ${permission}`,
  /** 8202 for an access token whose method list lacks the method. */
  permissionDenied: (permission: string) => `permission denied: required permissions: ${permission}`,
  envNotFound: (envName: string) => `environment [${envName}] does not exist`,
  invalidParameter: (name: string, detail?: string) => `invalid parameter [${name}]${detail ? `: ${detail}` : ''}`,
  /** 2212 names the action and the current status with its label. */
  wrongStatus: (action: string, status: number, label: string) =>
    `action [${action}] is not allowed in the environment's current status: ${label} (${status})`,
  busy: (action: string, running: string, status: number, label: string) =>
    `action [${action}] is not allowed while another action [${running}] is in progress; current status: ${label} (${status})`,
  internal: 'unknown server error',
};
export const ERROR_SOURCE = 'JEL';

// ─── Variants of unknown behaviour (test/simulator/variants.ts) ────────────────────────────────────────
/** Defaults: a wrong code gets 701 like a wrong password; the Signin session becomes valid; the plain envelope; 702. */
export const DEFAULT_VARIANTS = {
  wrongCodeReply: 'result701',
  verifyAnswer: 'sameSession',
  envelope: 'plain',
  deadSessionReply: 'result702',
  idePluginsPreset: 'withWorkloads',
} as const;
/** The `debug` block of the `legacy` envelope [C: MVN authentication_ok.json shape; figures invented]. */
export const LEGACY_DEBUG = { time: 134, cpu: { usage: 0.93, time: 10 } };

// ─── Environments ───────────────────────────────────────────────────────────────────────────────────
export const DEFAULT_PLATFORM_DOMAIN = 'sim.vap.test';
/**
 * Region: `env.hostGroup {displayName, uniqueName}` with uniqueName = `env.hardwareNodeGroup` [C: SAMPLE]. Environments
 * whose fixture names none get this one (the sample's own).
 */
export const DEFAULT_HOST_GROUP = { uniqueName: 'new', displayName: 'VD' };
/** Node status while up and while down. */
export const NODE_UP = 1;
export const NODE_DOWN = 2;
/**
 * Nodes follow the environment: while Stopping/Going to sleep they stay up and go down when the action completes;
 * while Launching they stay down until the start completes.
 */
export const NODES_CHANGE_AT_COMPLETION = true;
/**
 * RestartNodes: valid only while Running; the environment stays Running; the targeted nodes (nodeId, else nodeGroup,
 * else all) go down while restarting. delay −1 (or absent): all at once, each restart taking `restart` duration.
 * delay ≥ 0: one by one, `delay` seconds between one node coming back up and the next going down.
 * Unknown nodeId/nodeGroup → invalid parameter. `isSequential` is ignored.
 */
export const RESTART_ALL_AT_ONCE_DELAY = -1;
/** Environments of other accounts are invisible: GetEnvInfo answers 901 as if they did not exist. */
export const FOREIGN_ENV_IS_NOT_FOUND = true;
/** `lazy` is accepted and ignored: answers are always complete. */
export const LAZY_IGNORED = true;
/** GetEnvs lists environments in creation (fixture) order; its infos carry no per-item `result`. */
export const GETENVS_ORDER = 'creation';

// ─── Operation durations (simulator time) ───────────────────────────────────────────────────────────
/** `deploy`: DeployArchive and the Git Deploy/Update (deploymentGuesses.ts). */
export type OperationKind = 'start' | 'stop' | 'sleep' | 'restart' | 'deploy';
/** Manual clock (tests): realistic minutes-ish durations; tests advance the clock explicitly. */
export const MANUAL_DURATIONS: Record<OperationKind, number> = {
  start: 90_000,
  stop: 30_000,
  sleep: 30_000,
  restart: 20_000,
  deploy: MANUAL_DEPLOY_MS,
};
/** Real clock (demo, `npm run simulator`): a few seconds, long enough to see the spinning state. */
export const REAL_DURATIONS: Record<OperationKind, number> = {
  start: 4_000,
  stop: 3_000,
  sleep: 3_000,
  restart: 3_000,
  deploy: REAL_DEPLOY_MS,
};

// ─── The token API list and templates (invented but realistic) ──────────────────────────────────────
export interface ApiMethodSpec {
  method: string;
  isSafe: boolean;
  isCollaborationAccessible: boolean;
  /** Shown by GetTokenApiList only with showPrivate=true; never part of a template. */
  isPrivate?: boolean;
}
const env = (name: string, isSafe = false): ApiMethodSpec => ({ method: name, isSafe, isCollaborationAccessible: true });
const own = (name: string, isSafe = false): ApiMethodSpec => ({ method: name, isSafe, isCollaborationAccessible: false });

/** GetTokenApiList, in this order; ids are 1-based positions. Token-management methods are never listed. */
export const API_METHODS: ApiMethodSpec[] = [
  env('environment.control.GetEnvs', true),
  env('environment.control.GetEnvInfo', true),
  env('environment.control.StartEnv'),
  env('environment.control.StopEnv'),
  env('environment.control.SleepEnv'),
  env('environment.control.RestartNodes'),
  env('environment.control.CreateEnvironment'),
  env('environment.control.DeleteEnv'),
  env('environment.control.CloneEnv'),
  env('environment.control.ChangeTopology'),
  env('environment.control.RedeployContainers'),
  env('environment.control.SetCloudletsCount'),
  env('environment.control.ExecCmdByGroup'),
  env('environment.control.GetContainerEnvVars', true),
  env('environment.control.GetNodeGroups', true),
  env('environment.file.Read', true),
  env('environment.file.Write'),
  env('environment.file.Upload'),
  env('environment.file.Create'),
  env('environment.file.Delete'),
  env('environment.file.GetList', true),
  env('environment.deployment.Deploy'),
  env('environment.deployment.Undeploy'),
  env('environment.deployment.RenameContext'),
  env('environment.vcs.CreateProject'),
  env('environment.vcs.Update'),
  env('environment.binder.BindExtDomain'),
  env('environment.binder.GetDomainInfo', true),
  env('environment.security.AddRule'),
  env('environment.tracking.GetCurrentActions', true),
  own('marketplace.app.GetList', true),
  own('marketplace.app.GetAddonList', true),
  own('marketplace.jps.Install'),
  own('marketplace.installation.GetList', true),
  own('marketplace.installation.Uninstall'),
  own('billing.account.GetAccount', true),
  own('billing.account.GetQuotas', true),
  own('billing.account.GetAccountBillingHistoryByPeriod', true),
  own('users.account.GetUserInfo', true),
  own('users.account.GetSSHKeys', true),
  own('users.account.AddSSHKey'),
  { ...env('environment.control.ExecDockerRunCmd'), isPrivate: true },
  { ...env('environment.control.GetContainerEntryPoint', true), isPrivate: true },
  // Deployment, logs and node files (platform-api.md "Deployment, logs and node files" [C]); appended so the ids
  // above stay as they were. Upload belongs to the account, not to an environment [?].
  env('environment.control.GetLogsList', true),
  env('environment.control.ReadLog', true),
  env('environment.deployment.DeployArchive'),
  env('environment.deployment.AddRepo'),
  env('environment.deployment.Update'),
  env('environment.deployment.GetDeployments', true),
  own('storage.uploader.Upload'),
];

/**
 * The IDE Plugins preset in the simulator also allows deploy, logs and node files [?]: the real list is not published
 * (it is read from GetTokenTemplates at run time), but the preset exists for the IDE plugins, which deployed
 * projects and showed logs (issue 16), so a platform that left these out would defeat its purpose. Variant
 * `idePluginsPreset: 'environmentsOnly'` plays a platform whose preset leaves them out all the same.
 */
export const IDE_DEPLOY_LOGS_FILES = [
  'environment.control.GetNodeGroups',
  'environment.control.GetLogsList',
  'environment.control.ReadLog',
  'environment.deployment.DeployArchive',
  'environment.deployment.AddRepo',
  'environment.deployment.Deploy',
  'environment.deployment.Update',
  'environment.deployment.GetDeployments',
  'environment.file.GetList',
  'environment.file.Read',
  'environment.file.Write',
  'storage.uploader.Upload',
];

/** GetTokenTemplates, in this order; ids as given. `'*'` = every public method of API_METHODS. */
export const TOKEN_TEMPLATES: { id: number; name: string; methods: string[] | '*' }[] = [
  { id: 1, name: 'Extended Access', methods: '*' },
  {
    id: 2,
    name: 'IDE Plugins',
    methods: [
      'environment.control.GetEnvs',
      'environment.control.GetEnvInfo',
      'environment.control.StartEnv',
      'environment.control.StopEnv',
      'environment.control.SleepEnv',
      'environment.control.RestartNodes',
      'users.account.GetUserInfo',
      ...IDE_DEPLOY_LOGS_FILES,
    ],
  },
  {
    id: 3,
    name: 'Marketplace',
    methods: [
      'marketplace.app.GetList',
      'marketplace.app.GetAddonList',
      'marketplace.jps.Install',
      'marketplace.installation.GetList',
      'marketplace.installation.Uninstall',
      'environment.control.GetEnvs',
    ],
  },
  {
    id: 4,
    name: 'Maven Plugin',
    methods: [
      'environment.control.GetEnvs',
      'environment.control.GetEnvInfo',
      'environment.control.CreateEnvironment',
      'environment.deployment.Deploy',
      'environment.file.Upload',
      // The Maven plugin uploads, then deploys by URL, and reads node groups [C: MVN].
      'storage.uploader.Upload',
      'environment.deployment.DeployArchive',
      'environment.control.GetNodeGroups',
    ],
  },
];
