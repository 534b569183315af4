// Turns a dashboard address as users paste it into the exact origin every request of that account goes to.
// Errors never repeat the input: a user may paste a token into the wrong box.

import { t } from '../util/l10n';
import { OriginError } from './vapError';

const MAX_INPUT_LENGTH = 2048;
/** Longest host an error message may repeat. */
export const MAX_ECHO_LENGTH = 64;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Reduces a platform address to `https://host[:port]`: lower case, punycode, no trailing dot, no default port.
 * Input without a scheme means https, except a loopback host (`localhost:8080`, `127.0.0.1:8080`), which means
 * http: only a local simulator or tunnel lives there. Plain http is refused for every other host.
 * @throws OriginError
 */
export function parsePlatformOrigin(input: string): string {
  const text = input.trim();
  if (!text) throw new OriginError('empty', t('Enter the platform address, e.g. https://app.example.com'));
  if (text.length > MAX_INPUT_LENGTH) throw new OriginError('tooLong', t('The platform address is too long'));
  if (/\s/.test(text)) throw new OriginError('invalid', t('The platform address must not contain spaces'));

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  const rest = scheme ? text.slice(scheme.length + 3) : text;
  // The authority ends where WHATWG URL ends it for special schemes: at / \ ? or #.
  const authority = rest.split(/[/\\?#]/, 1)[0];
  if (authority.includes('@')) {
    throw new OriginError('userinfo', t('The platform address must not contain a user name or password'));
  }
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    throw new OriginError('scheme', t('The platform address must start with https://{0}', shortScheme(scheme)));
  }
  const rawHost = hostPart(authority);
  const port = authority.slice(rawHost.length + 1);
  if (port && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    throw new OriginError('port', t('The port of the platform address must be a number from 1 to 65535'));
  }
  const protocol = scheme ?? (isLoopbackHost(rawHost) ? 'http' : 'https');

  let url: URL;
  try {
    url = new URL(`${protocol}://${rest}`);
  } catch {
    throw new OriginError('invalid', hostProblem(rawHost, 'notPlatform'));
  }

  let host = url.hostname;
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!isValidHost(host) || isRewrittenIPv4(rawHost, host)) {
    throw new OriginError('host', hostProblem(rawHost, 'notHost'));
  }
  if (protocol === 'http' && !isLoopbackHost(host)) {
    throw new OriginError('insecure', hostProblem(host, 'insecure'));
  }
  return `${protocol}://${host}${url.port ? `:${url.port}` : ''}`;
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (with or without brackets): the only hosts allowed over http. */
export function isLoopbackHost(host: string): boolean {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === 'localhost' || h === '::1' || h === '[::1]') return true;
  const quad = IPV4.exec(h);
  return quad !== null && quad[1] === '127' && quad.slice(2).every((part) => Number(part) <= 255);
}

/** Whether two addresses name the same platform origin; false when either is not a valid platform address. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return parsePlatformOrigin(a) === parsePlatformOrigin(b);
  } catch {
    return false;
  }
}

/** The host of an exact origin, e.g. `app.example.com` or `127.0.0.1:8080`, for messages. */
export function originHost(origin: string): string {
  return new URL(origin).host;
}

function isValidHost(host: string): boolean {
  if (host.startsWith('[')) return true; // WHATWG URL has already checked the IPv6 literal.
  if (IPV4.test(host)) return host.split('.').every((part) => Number(part) <= 255);
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return host === 'localhost';
  // Top-level domains are letters (or punycode); this also refuses pasted garbage that happens to contain dots.
  return labels.every((label) => DNS_LABEL.test(label)) && TOP_LEVEL.test(labels[labels.length - 1]);
}

/** WHATWG URL reads `2130706433` or `0x7f.1` as IPv4; nobody types those for a dashboard, so refuse them. */
function isRewrittenIPv4(rawHost: string, host: string): boolean {
  if (!IPV4.test(host)) return false;
  const typed = rawHost.toLowerCase().replace(/\.$/, '');
  return typed !== host;
}

/** The host as typed, port removed; IPv6 literals keep their brackets. */
function hostPart(authority: string): string {
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']');
    return end === -1 ? authority : authority.slice(0, end + 1);
  }
  const colon = authority.lastIndexOf(':');
  return colon === -1 ? authority : authority.slice(0, colon);
}

/**
 * Names the host in a message only when it plainly is one: dotted, short labels, nothing token-like (a pasted
 * token or UUID has no dots; a JWT's parts are long).
 */
function hostProblem(host: string, problem: keyof typeof HOST_PROBLEMS): string {
  const labels = host.split('.');
  const safe =
    host.length <= MAX_ECHO_LENGTH &&
    labels.length >= 2 &&
    /^[a-z0-9._:[\]-]+$/i.test(host) &&
    labels.every((label) => label.length <= 20 && !/\d{6,}/.test(label));
  return HOST_PROBLEMS[problem](safe ? host : undefined);
}

/** Each problem about the host, naming it when it is safe to (see hostProblem). */
const HOST_PROBLEMS = {
  notPlatform: (host?: string) => (host ? t('The host "{0}" is not a valid platform address', host) : t('The platform address is not a valid platform address')),
  notHost: (host?: string) => (host ? t('The host "{0}" is not a valid host name', host) : t('The platform address is not a valid host name')),
  insecure: (host?: string) => (host ? t('The host "{0}" must be reached over https://', host) : t('The platform address must be reached over https://')),
};

function shortScheme(scheme: string): string {
  return scheme.length <= 10 ? ` ${t('(not {0}://)', scheme)}` : '';
}
