// Tolerant readers for wire JSON: a value of the wrong type reads as absent instead of throwing.

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

export function stringAt(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string, else undefined: the platform sometimes sends "" for "none". */
export function textAt(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function numberAt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An integer id; numeric strings are accepted because some platforms quote ids. */
export function idAt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

export function booleanAt(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function arrayAt(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Copies without the keys whose value is undefined, so a mapped object has only the fields the platform sent. */
export function compact<T extends object>(value: T): T {
  // A copy rather than `delete`: deleting keys turns objects into slow dictionaries in V8.
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined) out[key] = field;
  }
  return out as T;
}

/** The first of `keys` whose value is an array: for lists whose key the platform does not document. */
export function firstArrayAt(value: JsonObject, keys: readonly string[]): readonly unknown[] {
  for (const key of keys) if (Array.isArray(value[key])) return value[key] as unknown[];
  return [];
}
