// Links to the platform's API documentation for a method, e.g. `environment.control.StopEnv`.
// The public docs (JSDuck) name a service `environment.Control` and anchor methods as `-method-StopEnv`.

export const API_DOCS_BASE = 'https://docs.jelastic.com/api/#!/api/';

/** The docs page of one method; undefined for a name that is not `group.service.Method`. */
export function apiDocsUrl(method: string): string | undefined {
  const parts = method.split('.');
  if (parts.length < 3 || parts.some((part) => !/^[A-Za-z][A-Za-z0-9]*$/.test(part))) return undefined;
  const name = parts.pop() as string;
  const service = parts.pop() as string;
  const group = parts.join('.');
  return `${API_DOCS_BASE}${group}.${service.charAt(0).toUpperCase()}${service.slice(1)}-method-${name}`;
}

/** `environment.control.StopEnv` → { service: 'environment.control', name: 'StopEnv' }. */
export function splitMethod(method: string): { service: string; name: string } {
  const dot = method.lastIndexOf('.');
  return dot === -1 ? { service: '', name: method } : { service: method.slice(0, dot), name: method.slice(dot + 1) };
}
