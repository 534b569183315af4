// Every request the simulator received, for tests to inspect — with secrets masked at the moment they are recorded.

import { EventEmitter } from 'node:events';
import { AuthKind } from './auth';
import { FaultKind } from './faults';
import { SecretBook } from './secrets';

export const REDACTED = '<redacted>';

/** Parameters whose values are always secrets. */
const SECRET_PARAMS = new Set(['session', 'password', 'code', 'key']);

/** Known secrets at least this long are also masked inside longer values; shorter ones (2FA codes) only as a whole. */
const MIN_EMBEDDED_SECRET = 8;

export interface RequestLogEntry {
  seq: number;
  /** Simulator time (ms since the epoch) when the request arrived. */
  at: number;
  httpMethod: string;
  /** The URL path without its query (which may carry secrets). */
  path: string;
  /** The API method, e.g. 'StopEnv'; absent for unknown paths. */
  method?: string;
  params: Record<string, string>;
  auth: AuthKind;
  /** The platform's `result`, once answered (also when a fault with applyOperation hid it from the client). */
  result?: number;
  /** Set when the answer was not HTTP 200 from the API (404 page, 405). */
  httpStatus?: number;
  fault?: FaultKind;
}

export type RequestFilter =
  | string
  | Partial<Pick<RequestLogEntry, 'method' | 'auth' | 'result' | 'httpMethod' | 'fault' | 'path'>>
  | ((entry: RequestLogEntry) => boolean);

function matches(entry: RequestLogEntry, filter: RequestFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(entry);
  if (typeof filter === 'string') return entry.method?.toLowerCase() === filter.toLowerCase();
  return Object.entries(filter).every(([key, value]) =>
    key === 'method' && typeof value === 'string'
      ? entry.method?.toLowerCase() === value.toLowerCase()
      : entry[key as keyof RequestLogEntry] === value,
  );
}

export function redactParams(params: Record<string, string>, secrets: SecretBook): Record<string, string> {
  const known = secrets.all();
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== '' && (SECRET_PARAMS.has(name.toLowerCase()) || secrets.has(value))) {
      redacted[name] = REDACTED;
      continue;
    }
    redacted[name] = known
      .filter((secret) => secret.length >= MIN_EMBEDDED_SECRET)
      .reduce((text, secret) => text.split(secret).join(REDACTED), value);
  }
  return redacted;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextSeq = 1;
  private readonly events = new EventEmitter();

  constructor(private readonly secrets: SecretBook) {
    this.events.setMaxListeners(0);
  }

  /** Records a request; the returned entry is filled in (result, fault) as the request is answered. */
  record(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    this.secrets.addReceived(entry.params);
    const recorded: RequestLogEntry = { seq: this.nextSeq++, ...entry, params: redactParams(entry.params, this.secrets) };
    this.entries.push(recorded);
    this.events.emit('request', recorded);
    return recorded;
  }

  /** A copy, so tests cannot change the log by accident. */
  all(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry, params: { ...entry.params } }));
  }

  clear(): void {
    this.entries = [];
  }

  count(filter?: RequestFilter): number {
    return this.entries.filter((entry) => matches(entry, filter)).length;
  }

  /** Resolves with the next request matching `filter` (not one already logged). */
  next(filter?: RequestFilter): Promise<RequestLogEntry> {
    return new Promise((resolve) => {
      const listener = (entry: RequestLogEntry): void => {
        if (!matches(entry, filter)) return;
        this.events.off('request', listener);
        resolve({ ...entry, params: { ...entry.params } });
      };
      this.events.on('request', listener);
    });
  }
}
