// Faults on demand: the next N calls of a method (or of any method) go wrong in a chosen way.

import { ServerResponse } from 'node:http';

export type FaultKind = 'latency' | 'http' | 'html' | 'cut' | 'malformed' | 'slowBody' | 'hang' | 'json' | 'redirect';

interface FaultCommon {
  /** API method name, e.g. 'StopEnv' (case-insensitive); absent = any method. */
  method?: string;
  /** How many matching calls this fault hits; default 1. Use Infinity for "until removed". */
  times?: number;
  /**
   * Let the platform still run the call (e.g. the environment still starts) although the client gets the fault.
   * For `latency` this starts the call at once and delays only the answer.
   */
  applyOperation?: boolean;
}

export type FaultSpec = FaultCommon &
  (
    | { kind: 'latency'; /** Real milliseconds. */ ms: number }
    | { kind: 'http'; /** Default 502. */ status?: number; body?: string }
    | { kind: 'html'; body?: string }
    | { kind: 'cut' }
    | { kind: 'malformed'; body?: string }
    | { kind: 'slowBody'; body?: string }
    | { kind: 'hang' }
    | { kind: 'json'; body: unknown }
    | { kind: 'redirect'; location: string; /** Default 302. */ status?: number }
  );

export interface ActiveFault {
  readonly id: number;
  readonly spec: FaultSpec;
  remaining: number;
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { id: this.nextId++, spec, remaining: spec.times ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  remove(fault: ActiveFault | number): void {
    const id = typeof fault === 'number' ? fault : fault.id;
    this.faults = this.faults.filter((item) => item.id !== id);
  }

  clear(): void {
    this.faults = [];
  }

  get pending(): readonly ActiveFault[] {
    return this.faults;
  }

  /** The first fault matching `method` (oldest first), used up by one. */
  take(method: string): FaultSpec | undefined {
    const fault = this.faults.find((item) => item.spec.method === undefined || item.spec.method.toLowerCase() === method.toLowerCase());
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.remove(fault);
    return fault.spec;
  }
}

const GATEWAY_PAGES: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

export const htmlErrorPage = (status: number, title = GATEWAY_PAGES[status] ?? 'Error'): string =>
  `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

/** What a captive portal or a dashboard page served instead of the API looks like. */
const LOGIN_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>' +
  '<body><form action="/login" method="post"><input name="login"><input name="password" type="password"></form></body></html>';

/** A JSON answer cut off in the middle. */
const TRUNCATED_JSON = '{"result":0,"infos":[{"env":{"envName":"shop-prod","status":1,"displayName":"Sho';

/**
 * Writes every fault kind except `latency` (handled by the server, since it wraps a normal answer).
 * `hang` and `slowBody` leave the socket open; the server destroys it on close.
 */
export function writeFault(spec: Exclude<FaultSpec, { kind: 'latency' }>, res: ServerResponse): void {
  switch (spec.kind) {
    case 'http': {
      const status = spec.status ?? 502;
      res.writeHead(status, { 'Content-Type': 'text/html' }).end(spec.body ?? htmlErrorPage(status));
      return;
    }
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' }).end(spec.body ?? LOGIN_PAGE);
      return;
    case 'cut':
      res.socket?.destroy();
      return;
    case 'malformed':
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' }).end(spec.body ?? TRUNCATED_JSON);
      return;
    case 'slowBody':
      // Chunked, so the client cannot know how much is missing: it must time out.
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.write(spec.body ?? TRUNCATED_JSON);
      return;
    case 'hang':
      return;
    case 'json':
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' }).end(JSON.stringify(spec.body));
      return;
    case 'redirect':
      res.writeHead(spec.status ?? 302, { Location: spec.location, 'Content-Type': 'text/html' }).end(htmlErrorPage(spec.status ?? 302, 'Found'));
      return;
  }
}
