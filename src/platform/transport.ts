// One HTTP exchange over Node's own http/https modules: POST a body, read the whole answer or fail.
// VS Code's proxy support patches these very modules, so requests take the user's proxy like any extension's.
// Deliberately small: no redirects (the caller sees 3xx and its Location), no cookies, no retries.

import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';

export interface Exchange {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Larger answers are refused with TooLargeError as soon as they pass this many bytes. */
  readonly maxBodyBytes: number;
  /** Ends the exchange (connection included) with AbortedError. */
  readonly signal: AbortSignal;
}

export interface Answer {
  readonly status: number;
  /** The Location header of a 3xx answer. */
  readonly location?: string;
  /** The decoded body of a 200 answer; empty for any other status (its body is never read). */
  readonly text: string;
}

/** The signal ended the exchange. */
export class AbortedError extends Error {
  override readonly name = 'AbortedError';
}

/** The answer outgrew Exchange.maxBodyBytes. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/** The connection ended before the whole answer arrived. */
export class CutError extends Error {
  override readonly name = 'CutError';
  readonly code = 'ECONNRESET';
}

export function post(exchange: Exchange): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const url = new URL(exchange.url);
    const send = url.protocol === 'https:' ? https.request : http.request;
    let settled = false;
    const finish = (error: Error | undefined, answer?: Answer) => {
      if (settled) return;
      settled = true;
      exchange.signal.removeEventListener('abort', onAbort);
      if (error) {
        request.destroy();
        reject(error);
      } else resolve(answer as Answer);
    };
    const onAbort = () => finish(new AbortedError('aborted'));

    const request = send(url, {
      method: 'POST',
      headers: { ...exchange.headers, 'Accept-Encoding': 'gzip, deflate', 'Content-Length': Buffer.byteLength(exchange.body) },
    });
    request.on('error', (error) => finish(error));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status !== 200) {
        response.destroy();
        const location = response.headers.location;
        return finish(undefined, { status, location, text: '' });
      }
      readBody(response, exchange.maxBodyBytes).then(
        (text) => finish(undefined, { status, text }),
        (error: Error) => finish(error),
      );
    });
    if (exchange.signal.aborted) return onAbort();
    exchange.signal.addEventListener('abort', onAbort);
    request.end(exchange.body);
  });
}

/** The body as text, decompressed and UTF-8 decoded (a character split between chunks stays whole). */
function readBody(response: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const encoding = String(response.headers['content-encoding'] ?? 'identity').toLowerCase();
    const stream: NodeJS.ReadableStream =
      encoding === 'gzip' ? response.pipe(zlib.createGunzip()) : encoding === 'deflate' ? response.pipe(zlib.createInflate()) : response;
    const chunks: Buffer[] = [];
    let size = 0;
    let complete = false;
    response.on('end', () => (complete = true));
    // 'close' without 'end' (Node ≥ 16 no longer emits 'aborted' reliably) is a cut connection.
    response.on('close', () => {
      if (!complete) reject(new CutError('the connection closed before the answer was complete'));
    });
    response.on('error', reject);
    if (stream !== response) stream.on('error', reject);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new TooLargeError('the answer is too large'));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
