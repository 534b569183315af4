// The one way requests reach a platform: POST, form body (session included) or a multipart upload, no redirects, a
// deadline, the caller's AbortSignal, and the envelope turned into an answer object or a typed error.

import type { Readable } from 'node:stream';
import { t } from '../util/l10n';
import {
  AbortError,
  CallContext,
  CallError,
  NetworkError,
  PlatformError,
  RedirectError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  VapError,
  VapErrorKind,
  WrongAddressError,
} from './errors';
import { parseEnvelope, tooLargeOrMalformed } from './envelope';
import { MAX_REPLY_BYTES } from './limits';
import { JsonObject } from './json';
import { ApiMethod, methodPath } from './methods';
import { originHost, parsePlatformOrigin } from './origin';
import { Answer, post, TransportError } from './transport';
import { DEFAULT_USER_AGENT } from './version';

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
/** Start/Stop/Sleep/Restart block until done, which can take many minutes. */
export const DEFAULT_ACTION_TIMEOUT_MS = 20 * 60_000;
/** Parameters whose values never appear in an error message, even if the platform echoes them. */
const SECRET_PARAMS = ['password', 'code'];

export type ParamValue = string | number | boolean | null | undefined;
export type Params = Readonly<Record<string, ParamValue>>;

/** A request body and what must never come back in an error message (the session and any password in it). */
export interface RequestBody {
  readonly contentType: string;
  readonly body: string | Readable;
  /** Bytes of a streamed body; a string body's length is counted by the transport. */
  readonly contentLength?: number;
  readonly secrets: readonly string[];
}

export interface PlatformClientOptions {
  /** The platform address; normalised with parsePlatformOrigin, and the only place requests go. */
  readonly origin: string;
  readonly userAgent?: string;
  readonly readTimeoutMs?: number;
  readonly actionTimeoutMs?: number;
  /** Called once per request, success or failure; carries no secrets. */
  readonly onRequest?: (info: RequestInfo) => void;
}

export interface CallOptions {
  /** A sign-in session or a personal access token; sent as the `session` form field. */
  readonly session?: string;
  readonly signal?: AbortSignal;
  /** A blocking action: use the action timeout instead of the read timeout. */
  readonly long?: boolean;
}

/** What the logging hook learns about a request: never parameters, session or body. */
export interface RequestInfo {
  readonly method: ApiMethod;
  readonly host: string;
  readonly durationMs: number;
  readonly httpStatus?: number;
  /** The platform's result code, when an envelope was read. */
  readonly result?: number;
  /** Set when the call failed. */
  readonly errorKind?: VapErrorKind;
}

export class PlatformClient {
  /** Exact origin, e.g. `https://app.example.com`. */
  readonly origin: string;
  /** Host (and non-default port) for messages. */
  readonly host: string;
  readonly #userAgent: string;
  readonly #readTimeoutMs: number;
  readonly #actionTimeoutMs: number;
  readonly #onRequest?: (info: RequestInfo) => void;

  /** @throws OriginError when `origin` is not an acceptable platform address */
  constructor(options: PlatformClientOptions) {
    this.origin = parsePlatformOrigin(options.origin);
    this.host = originHost(this.origin);
    this.#userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.#readTimeoutMs = checkTimeout(options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS);
    this.#actionTimeoutMs = checkTimeout(options.actionTimeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS);
    this.#onRequest = options.onRequest;
  }

  /** The call context errors name: method and host. */
  context(method: ApiMethod): CallContext {
    return { method, host: this.host };
  }

  /**
   * Calls one API method and returns the answer object (result 0).
   * @throws CallError subclasses: PlatformError, UnexpectedResponseError, WrongAddressError, ServerError,
   *   RedirectError, TimeoutError, NetworkError, AbortError
   */
  async call(method: ApiMethod, params: Params = {}, options: CallOptions = {}): Promise<JsonObject> {
    const body: RequestBody = {
      contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
      body: formBody(params, options.session),
      secrets: secretsOf(params, options.session),
    };
    return this.#call(method, body, options);
  }

  /**
   * Calls a method with a body the caller encoded (a multipart upload): same origin check, deadline, abort, envelope
   * and errors as `call`. The session travels inside the body, so `options.session` is not used.
   */
  async callWithBody(method: ApiMethod, body: RequestBody, options: Omit<CallOptions, 'session'> = {}): Promise<JsonObject> {
    return this.#call(method, body, options);
  }

  async #call(method: ApiMethod, body: RequestBody, options: Omit<CallOptions, 'session'>): Promise<JsonObject> {
    const context = this.context(method);
    const started = Date.now();
    let httpStatus: number | undefined;
    let result: number | undefined;
    try {
      const answer = await this.#send(context, method, body, options, (status) => (httpStatus = status));
      result = answer.result as number;
      this.#report({ method, host: this.host, durationMs: Date.now() - started, httpStatus, result });
      return answer;
    } catch (error) {
      if (error instanceof PlatformError) result = error.result;
      const errorKind = error instanceof VapError ? error.kind : undefined;
      this.#report({ method, host: this.host, durationMs: Date.now() - started, httpStatus, result, errorKind });
      throw error;
    }
  }

  async #send(
    context: CallContext,
    method: ApiMethod,
    request: RequestBody,
    options: Omit<CallOptions, 'session'>,
    onStatus: (status: number) => void,
  ): Promise<JsonObject> {
    const url = this.origin + methodPath(method);
    // Belt and braces: nothing but this client's own origin may receive the session.
    if (new URL(url).origin !== this.origin) throw new TypeError('Request URL left the platform origin');
    const timeoutMs = options.long ? this.#actionTimeoutMs : this.#readTimeoutMs;

    if (options.signal?.aborted) throw new AbortError(context);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onCallerAbort, { once: true });

    try {
      const answer = await post({
        url,
        body: request.body,
        headers: {
          'Content-Type': request.contentType,
          ...(request.contentLength === undefined ? {} : { 'Content-Length': String(request.contentLength) }),
          Accept: 'application/json',
          'User-Agent': this.#userAgent,
        },
        signal: controller.signal,
        maxBodyBytes: MAX_REPLY_BYTES,
      });
      onStatus(answer.status);
      checkStatus(context, answer);
      return parseEnvelope(context, answer.text, request.secrets);
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      throw transportCallError(context, error, timedOut ? timeoutMs : undefined);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  #report(info: RequestInfo): void {
    try {
      this.#onRequest?.(info);
    } catch {
      // A failing logger must not turn a good answer into an error.
    }
  }
}

/** Builds the form body: undefined and null are left out, booleans and numbers become their text. */
export function formBody(params: Params, session?: string): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || name === 'session') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Parameter ${name} is not a number`);
    form.append(name, String(value));
  }
  if (session !== undefined) form.append('session', session);
  return form.toString();
}

/** setTimeout fires at once for delays beyond 2^31 − 1 ms, so larger or non-positive values are mistakes. */
function checkTimeout(ms: number): number {
  if (!Number.isInteger(ms) || ms <= 0 || ms > 2 ** 31 - 1) throw new RangeError(`Invalid timeout: ${ms} ms`);
  return ms;
}

/** Anything but 200 is a transport error; the transport never read the body of such an answer. */
function checkStatus(context: CallContext, answer: Answer): void {
  const status = answer.status;
  if (status === 200) return;
  if (status >= 300 && status < 400) throw new RedirectError(context, status, locationOrigin(answer.location));
  if (status === 404) throw new WrongAddressError(context);
  throw new ServerError(context, status);
}

/** Only the origin of a redirect target is worth showing; its path or query could carry anything. */
function locationOrigin(location: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location);
    const origin = url.origin;
    return (url.protocol === 'https:' || url.protocol === 'http:') && origin.length <= 100 ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** The typed error for a failed exchange; `timeoutMs` is set when our own deadline was what aborted it. */
function transportCallError(context: CallContext, error: TransportError, timeoutMs: number | undefined): CallError {
  switch (error.failure) {
    case 'aborted':
      return timeoutMs === undefined ? new AbortError(context) : new TimeoutError(context, timeoutMs);
    case 'tooLarge':
      return new UnexpectedResponseError(context, tooLargeOrMalformed(t('over {0} MB', MAX_REPLY_BYTES / (1024 * 1024))));
    case 'encoding':
      return new UnexpectedResponseError(context, t('a body in an encoding that cannot be read'));
    case 'network':
      return new NetworkError(context, error.code);
  }
}

function secretsOf(params: Params, session: string | undefined): string[] {
  const secrets = SECRET_PARAMS.map((name) => params[name]).filter((v): v is string => typeof v === 'string');
  return session === undefined ? secrets : [session, ...secrets];
}
