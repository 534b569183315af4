// Typed access to a request's form/query parameters, failing with the platform's "invalid parameter [x]".

import { invalidParameter } from './envelope';

/** A file part of a multipart request. */
export interface UploadedPart {
  readonly name: string;
  readonly data: Buffer;
}

export class Params {
  constructor(
    readonly values: Readonly<Record<string, string>>,
    /** File parts of a multipart body, by field name. */
    readonly files: ReadonlyMap<string, UploadedPart> = new Map(),
  ) {}

  /** The raw value, or undefined when the parameter was not sent. */
  get(name: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.values, name) ? this.values[name] : undefined;
  }

  /** A value that must be present and not blank. */
  required(name: string): string {
    const value = this.get(name);
    if (value === undefined || value.trim() === '') throw invalidParameter(name);
    return value;
  }

  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined || value.trim() === '') return undefined;
    if (!/^-?\d+$/.test(value.trim())) throw invalidParameter(name, `not an integer: ${value}`);
    return Number(value.trim());
  }

  requiredInt(name: string): number {
    this.required(name);
    return this.int(name) as number;
  }

  bool(name: string): boolean {
    const value = this.get(name)?.trim().toLowerCase();
    return value === 'true' || value === '1';
  }

  /** A list of integer ids separated by `separators`, e.g. "1;4;6". */
  idList(name: string, separators: RegExp): number[] {
    const parts = this.required(name)
      .split(separators)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) throw invalidParameter(name);
    return parts.map(Number);
  }
}
