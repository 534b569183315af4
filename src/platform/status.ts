// Environment status codes (platform-api.md): label, icon, whether it is on its way elsewhere, and what may be done.

export interface StatusActions {
  readonly start: boolean;
  readonly stop: boolean;
  readonly sleep: boolean;
  readonly restart: boolean;
}

export interface StatusInfo {
  readonly code: number;
  readonly label: string;
  /** A VS Code codicon id; `~spin` for states that change by themselves. */
  readonly codicon: string;
  /** The platform is working on it: worth polling, and no action is valid. */
  readonly transitional: boolean;
  readonly actions: StatusActions;
}

export const EnvStatus = {
  Running: 1,
  Stopped: 2,
  Launching: 3,
  Sleeping: 4,
  Suspended: 5,
  Creating: 6,
  Cloning: 7,
  NotExists: 8,
  Exporting: 9,
  Migrating: 10,
  Broken: 11,
  Updating: 12,
  Stopping: 13,
  GoingToSleep: 14,
  Restoring: 15,
} as const;

const NONE: StatusActions = Object.freeze({ start: false, stop: false, sleep: false, restart: false });
// Start from Stopped and Sleeping; Stop, Sleep and Restart from Running — what the platform's scheduler checks.
const STARTABLE: StatusActions = Object.freeze({ ...NONE, start: true });
const RUNNING: StatusActions = Object.freeze({ start: false, stop: true, sleep: true, restart: true });

function settled(code: number, label: string, codicon: string, actions = NONE): StatusInfo {
  return Object.freeze({ code, label, codicon, transitional: false, actions });
}

function moving(code: number, label: string, codicon: string): StatusInfo {
  return Object.freeze({ code, label, codicon, transitional: true, actions: NONE });
}

const TABLE: ReadonlyMap<number, StatusInfo> = new Map(
  [
    settled(EnvStatus.Running, 'Running', 'vm-running', RUNNING),
    settled(EnvStatus.Stopped, 'Stopped', 'vm-outline', STARTABLE),
    moving(EnvStatus.Launching, 'Launching', 'loading~spin'),
    settled(EnvStatus.Sleeping, 'Sleeping', 'debug-pause', STARTABLE),
    // 5 is "Suspended/unknown": typically suspended by billing; nothing the user can start from here.
    settled(EnvStatus.Suspended, 'Suspended', 'warning'),
    moving(EnvStatus.Creating, 'Creating', 'gear~spin'),
    moving(EnvStatus.Cloning, 'Cloning', 'sync~spin'),
    settled(EnvStatus.NotExists, 'Does not exist', 'circle-slash'),
    moving(EnvStatus.Exporting, 'Exporting', 'sync~spin'),
    moving(EnvStatus.Migrating, 'Migrating', 'sync~spin'),
    settled(EnvStatus.Broken, 'Broken', 'error'),
    moving(EnvStatus.Updating, 'Updating', 'sync~spin'),
    moving(EnvStatus.Stopping, 'Stopping', 'loading~spin'),
    moving(EnvStatus.GoingToSleep, 'Going to sleep', 'loading~spin'),
    moving(EnvStatus.Restoring, 'Restoring', 'sync~spin'),
  ].map((info) => [info.code, info]),
);

/** Every known status, in code order. */
export const KNOWN_STATUSES: readonly StatusInfo[] = [...TABLE.values()];

/** The table entry for a code; unknown codes (0, 16, garbage) get a neutral entry with no actions. Never throws. */
export function statusInfo(code: unknown): StatusInfo {
  const number = typeof code === 'number' && Number.isFinite(code) ? code : 0;
  return TABLE.get(number) ?? settled(number, 'Unknown', 'question');
}

/** Whether the code is one of the statuses above; platforms newer than this table may send others. */
export function isKnownStatus(code: unknown): boolean {
  return typeof code === 'number' && TABLE.has(code);
}

export function isTransitional(code: number): boolean {
  return statusInfo(code).transitional;
}
