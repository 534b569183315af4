// What this window knows of each node file it opened: the text it read (or last saved), so a save can check that the
// node still holds it; the conflicts found at save; which files the platform refused to write; the sizes listings gave.
// Keys are URI strings. No VS Code here: the file system provider and the conflict prompt share it.

export interface KnownVersion {
  /** The text as read from (or last written to) the node. */
  readonly text: string;
  /** What stat reports while this version is current: it only moves when we save, so VS Code's own check stays quiet. */
  readonly mtime: number;
}

export interface Conflict {
  /** What is on the node now. */
  readonly current: string;
  /** What the user tried to save. */
  readonly mine: string;
  /**
   * This window never read the file (an editor VS Code restored with unsaved changes after a reload, or Save As onto
   * a file that exists): whether the node's version changed since the user's began cannot be told.
   */
  readonly unread?: boolean;
}

export class FileVersions {
  readonly #versions = new Map<string, KnownVersion>();
  readonly #conflicts = new Map<string, Conflict>();
  readonly #readOnly = new Set<string>();
  readonly #sizes = new Map<string, { size?: number; mtime?: number }>();

  get(key: string): KnownVersion | undefined {
    return this.#versions.get(key);
  }

  /** A version read from the node; keeps the mtime stat reported, so VS Code sees no change behind it. */
  read(key: string, text: string, now: number): void {
    const mtime = this.#versions.get(key)?.mtime ?? this.#sizes.get(key)?.mtime ?? now;
    this.#versions.set(key, { text, mtime });
    this.#conflicts.delete(key);
  }

  /** A version we wrote: it is what the node holds now. */
  saved(key: string, text: string, now: number): void {
    const previous = this.#versions.get(key)?.mtime ?? 0;
    this.#versions.set(key, { text, mtime: Math.max(now, previous + 1) });
    this.#conflicts.delete(key);
  }

  conflict(key: string): Conflict | undefined {
    return this.#conflicts.get(key);
  }

  setConflict(key: string, conflict: Conflict): void {
    this.#conflicts.set(key, conflict);
  }

  /** The user chose to overwrite (or revert): the node's version is the one the next save compares with. */
  acceptNodeVersion(key: string): Conflict | undefined {
    const conflict = this.#conflicts.get(key);
    const known = this.#versions.get(key);
    if (conflict) this.#versions.set(key, { text: conflict.current, mtime: known?.mtime ?? 0 });
    this.#conflicts.delete(key);
    return conflict;
  }

  markReadOnly(key: string): void {
    this.#readOnly.add(key);
  }

  isReadOnly(key: string): boolean {
    return this.#readOnly.has(key);
  }

  /** Size and date of an entry as a listing gave them. */
  listed(key: string, entry: { size?: number; mtime?: number }): void {
    this.#sizes.set(key, entry);
  }

  listedSize(key: string): number | undefined {
    return this.#sizes.get(key)?.size;
  }
}
