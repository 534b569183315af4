// The HTTP side: parse the request, log it, apply any fault, dispatch to the method, write the envelope.

import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { authenticate, classifyAuth } from './auth';
import { Answer, ApiError, errorAnswer, HttpRefusal, RESULT, withoutNulls } from './envelope';
import { FaultInjector, FaultSpec, htmlErrorPage, writeFault } from './faults';
import { LEGACY_DEBUG, MESSAGES, SIGNIN_GET_REFUSED } from './guesses';
import { Params } from './params';
import { Platform } from './platform';
import { RequestLog, RequestLogEntry } from './requestLog';
import { Route, RouteTable } from './routes';
import { Variants } from './variants';

/** Bodies above this are refused: nothing legitimate is that big. */
const MAX_BODY_BYTES = 1024 * 1024;

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html><head><title>404 Not Found</title></head>' +
  '<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>';

export interface ServerParts {
  platform: Platform;
  routes: RouteTable;
  faults: FaultInjector;
  log: RequestLog;
}

export class SimulatorServer {
  private readonly server = http.createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      process.stderr.write(`simulator: failed to answer a request: ${error instanceof Error ? error.message : String(error)}\n`);
      res.destroy();
    });
  });
  /** Real-time timers of `latency` faults, cleared on close so nothing fires afterwards. */
  private readonly latencyTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly parts: ServerParts) {}

  /** Starts listening; returns the origin, e.g. http://127.0.0.1:41234. */
  listen(port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const address = this.server.address() as AddressInfo;
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve(`http://${shownHost}:${address.port}`);
      });
    });
  }

  /** Stops listening and drops every connection, including hanging and blocked ones. */
  close(): Promise<void> {
    for (const timer of this.latencyTimers) clearTimeout(timer);
    this.latencyTimers.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { platform, routes, log } = this.parts;
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const httpMethod = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    const route = routes.find(url.pathname);
    if (!route) {
      log.record({ at: platform.clock.now(), httpMethod, path: url.pathname, params: query, auth: classifyAuth(platform, query.session), httpStatus: 404 });
      return sendHtml(res, 404, NOT_FOUND_PAGE);
    }
    if (httpMethod !== 'GET' && httpMethod !== 'POST') {
      log.record({ at: platform.clock.now(), httpMethod, path: url.pathname, method: route.method, params: query, auth: 'none', httpStatus: 405 });
      res.setHeader('Allow', 'GET, POST');
      return sendHtml(res, 405, htmlErrorPage(405, 'Method Not Allowed'));
    }

    const body = httpMethod === 'POST' ? await readBody(req) : '';
    if (body === undefined) return void res.socket?.destroy();
    // Like the platform, parameters may come in the query and the body; the body wins.
    const values = { ...query, ...Object.fromEntries(new URLSearchParams(body)) };
    const entry = log.record({
      at: platform.clock.now(),
      httpMethod,
      path: url.pathname,
      method: route.method,
      params: values,
      auth: classifyAuth(platform, values.session),
    });
    const run = async (): Promise<Reply> => {
      const reply = await dispatch(platform, route, new Params(values), httpMethod);
      if (reply instanceof HttpRefusal) entry.httpStatus = reply.status;
      else entry.result = reply.result;
      return reply;
    };

    const reply = (answer: Reply): void => send(res, answer, route, platform.variants);
    const fault = this.parts.faults.take(route.method);
    if (!fault) return reply(await run());
    await this.deliverFault(fault, entry, res, run, reply);
  }

  private async deliverFault(
    fault: FaultSpec,
    entry: RequestLogEntry,
    res: http.ServerResponse,
    run: () => Promise<Reply>,
    reply: (answer: Reply) => void,
  ): Promise<void> {
    entry.fault = fault.kind;
    if (fault.kind === 'latency') {
      // With applyOperation the call starts now and only the answer waits; otherwise the request waits first.
      const early = fault.applyOperation ? run() : undefined;
      await this.realDelay(fault.ms);
      return reply(await (early ?? run()));
    }
    if (fault.applyOperation) void run();
    writeFault(fault, res);
  }

  private realDelay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.latencyTimers.delete(timer);
        resolve();
      }, ms);
      this.latencyTimers.add(timer);
    });
  }
}

/** An envelope, or (a variant of unknown behaviour) an HTTP error status. */
type Reply = Answer | HttpRefusal;

/** Runs one API method; every outcome, including bugs, becomes an envelope (never a rejection). */
async function dispatch(platform: Platform, route: Route, params: Params, httpMethod: string): Promise<Reply> {
  try {
    if (route.postOnly && httpMethod !== 'POST') return errorAnswer(SIGNIN_GET_REFUSED.result, SIGNIN_GET_REFUSED.error);
    if (route.access === 'public') return await route.handle({ platform, params });
    const caller = authenticate(platform, params.get('session'), route);
    return await route.handle({ platform, params, caller });
  } catch (error) {
    if (error instanceof ApiError) return errorAnswer(error.result, error.message, error.extra);
    if (error instanceof HttpRefusal) return error;
    // A simulator bug: say where, never what was sent (it may hold secrets).
    process.stderr.write(`simulator: internal error in ${route.method}: ${error instanceof Error ? error.stack : String(error)}\n`);
    return errorAnswer(RESULT.UNKNOWN_ERROR, MESSAGES.internal);
  }
}

/** The request body as text, or undefined when the client went away or sent too much. */
function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(undefined));
  });
}

function send(res: http.ServerResponse, reply: Reply, route: Route, variants: Variants): void {
  if (res.destroyed || res.writableEnded) return;
  if (reply instanceof HttpRefusal) return sendHtml(res, reply.status, htmlErrorPage(reply.status, 'Request refused'));
  res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' }).end(JSON.stringify(shaped(reply, route, variants)));
}

/** Environment actions whose refusal the `nested` envelope wraps in `response` (the doc's example is 2212 [C]). */
const NESTING_ACTIONS = new Set(['StartEnv', 'StopEnv', 'SleepEnv', 'RestartNodes']);

/** The envelope in the variant's shape (variants.ts `envelope`); `plain` leaves out every null. */
function shaped(answer: Answer, route: Route, variants: Variants): unknown {
  const plain = withoutNulls(answer);
  switch (variants.envelope) {
    case 'plain':
      return plain;
    case 'legacy':
      // Older platforms: `debug` on successes and errors alike [C: MVN authentication_ok/_error.json]; a null
      // `response` kept on errors [C: MVN deploy_error.json].
      return answer.result === RESULT.OK ? { ...plain, debug: LEGACY_DEBUG } : { response: null, ...plain, debug: LEGACY_DEBUG };
    case 'nested':
      // `{"result":0,"response":{"result":2212,"error":"…"}}` [C].
      return answer.result === RESULT.WRONG_ENV_STATUS && NESTING_ACTIONS.has(route.method) ? { result: RESULT.OK, response: plain } : plain;
  }
}

function sendHtml(res: http.ServerResponse, status: number, page: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html;charset=UTF-8' }).end(page);
}
