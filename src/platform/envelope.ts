// Reads the platform's answer envelope: `result` 0 is success, anything else is the platform saying no.

import { t } from '../util/l10n';
import { CallContext, PlatformError, UnexpectedResponseError } from './errors';
import { JsonObject, isObject, numberAt, textAt } from './json';
import { JsonLimitError, parseBoundedJson } from './boundedJson';

/** Platform messages are shown to users; cap them so a runaway answer cannot flood a notification. */
const MAX_MESSAGE_LENGTH = 500;
/** How much of a platform message is read at all: ten times what is shown leaves room for collapsed whitespace. */
const CLEANING_WINDOW = 10 * MAX_MESSAGE_LENGTH;
const MAX_SOURCE_LENGTH = 40;
const MASK = '***';

/**
 * Parses an HTTP 200 body into the answer object.
 * @param secrets values we sent (session, password…) that must not come back through an error message
 * @throws UnexpectedResponseError when the body is not a JSON object with a numeric `result`
 * @throws PlatformError when `result`, or a nested `response.result`, is not 0
 */
export function parseEnvelope(context: CallContext, body: string, secrets: readonly string[] = []): JsonObject {
  let answer: unknown;
  try {
    answer = parseBoundedJson(body);
  } catch (error) {
    if (error instanceof JsonLimitError) throw new UnexpectedResponseError(context, tooLargeOrMalformed(error.message));
    throw new UnexpectedResponseError(context, looksLikeHtml(body) ? t('a web page instead of JSON') : t('malformed JSON'));
  }
  if (!isObject(answer)) throw new UnexpectedResponseError(context, t('JSON that is not an object'));
  const result = answer.result;
  if (typeof result !== 'number' || !Number.isInteger(result)) {
    throw new UnexpectedResponseError(context, t('no numeric result code'));
  }
  checkResult(context, answer, secrets);
  // Some calls wrap a second result: {"result":0,"response":{"result":2212,…}}.
  const inner = answer.response;
  if (isObject(inner) && Number.isInteger(inner.result)) checkResult(context, inner, secrets);
  return answer;
}

/** The one wording for a reply beyond our limits (limits.ts), with what was exceeded. */
export function tooLargeOrMalformed(what: string): string {
  return t('the answer is too large or malformed: {0}', what);
}

function checkResult(context: CallContext, answer: JsonObject, secrets: readonly string[]): void {
  const result = answer.result as number;
  if (result === 0) return;
  const words = textAt(answer.error) ?? textAt(answer.reason);
  throw new PlatformError(context, {
    result,
    platformMessage: words === undefined ? undefined : cleanMessage(words, secrets),
    source: sourceOf(answer.source, secrets),
    attemptsLeft: numberAt(answer.attemptsLeft),
  });
}

/** `source` names a component ("JEL", "hx-core"); anything else it carries is cleaned like the message. */
function sourceOf(value: unknown, secrets: readonly string[]): string | undefined {
  const text = textAt(value);
  return text === undefined ? undefined : cleanMessage(text, secrets).slice(0, MAX_SOURCE_LENGTH);
}

/** Removes any secret we sent (a platform may echo a parameter back), collapses whitespace and caps the length. */
export function cleanMessage(message: string, secrets: readonly string[]): string {
  const forms = secretForms(secrets);
  const hide = (text: string) => forms.reduce((out, secret) => out.split(secret).join(MASK), text);
  // Hide before cutting (no half secret may stay) and again after collapsing whitespace, which can join the pieces
  // of a secret. The cut keeps a runaway answer from costing seconds of regex work.
  const text = hide(collapse(hide(message).slice(0, CLEANING_WINDOW)));
  // A mask can itself complete a secret (one that contains `***`): then none of the message is safe to show.
  if (forms.some((secret) => text.includes(secret))) return MASK;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

/** A secret as sent and as a platform might echo it: whitespace collapsed, form- or percent-encoded. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    forms.add(secret);
    forms.add(collapse(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    try {
      forms.add(encodeURIComponent(secret));
    } catch {
      // A lone surrogate cannot be percent-encoded, so it cannot come back that way either.
    }
  }
  // Shorter values would mask ordinary words of the message.
  return [...forms].filter((form) => form.length >= 4);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function looksLikeHtml(body: string): boolean {
  return /^\s*</.test(body);
}
