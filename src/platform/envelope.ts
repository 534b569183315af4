// Reads the platform's answer envelope: `result` 0 is success, anything else is the platform saying no.

import { CallContext, PlatformError, UnexpectedResponseError } from './errors';
import { JsonObject, isObject, numberAt, stringAt, textAt } from './json';

/** Platform messages are shown to users; cap them so a runaway answer cannot flood a notification. */
const MAX_MESSAGE_LENGTH = 500;

/**
 * Parses an HTTP 200 body into the answer object.
 * @param secrets values we sent (session, password…) that must not come back through an error message
 * @throws UnexpectedResponseError when the body is not a JSON object with a numeric `result`
 * @throws PlatformError when `result`, or a nested `response.result`, is not 0
 */
export function parseEnvelope(context: CallContext, body: string, secrets: readonly string[] = []): JsonObject {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    throw new UnexpectedResponseError(context, looksLikeHtml(body) ? 'a web page instead of JSON' : 'malformed JSON');
  }
  if (!isObject(answer)) throw new UnexpectedResponseError(context, 'JSON that is not an object');
  const result = answer.result;
  if (typeof result !== 'number' || !Number.isInteger(result)) {
    throw new UnexpectedResponseError(context, 'no numeric result code');
  }
  checkResult(context, answer, secrets);
  // Some calls wrap a second result: {"result":0,"response":{"result":2212,…}}.
  const inner = answer.response;
  if (isObject(inner) && numberAt(inner.result) !== undefined) checkResult(context, inner, secrets);
  return answer;
}

function checkResult(context: CallContext, answer: JsonObject, secrets: readonly string[]): void {
  const result = answer.result as number;
  if (result === 0) return;
  const words = textAt(answer.error) ?? textAt(answer.reason);
  throw new PlatformError(context, {
    result,
    platformMessage: words === undefined ? undefined : cleanMessage(words, secrets),
    source: stringAt(answer.source),
  });
}

/** Removes any secret we sent (a platform may echo a parameter back), collapses whitespace and caps the length. */
export function cleanMessage(message: string, secrets: readonly string[]): string {
  let text = message;
  for (const secret of secrets) {
    if (secret.length >= 4) text = text.split(secret).join('***');
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

function looksLikeHtml(body: string): boolean {
  return /^\s*</.test(body);
}
