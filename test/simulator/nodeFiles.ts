// Each node's file system: config files, logs (which are files under /var/log) and what deploys leave behind.
// Tests change files and append log lines behind the client's back through the Simulator's hooks.

import { READ_ONLY_PREFIXES, SEED_READ_ONLY, seedFiles } from './deploymentGuesses';
import { EnvNode } from './environments';

export interface NodeFile {
  data: Buffer;
  modifiedAt: number;
  readOnly: boolean;
}

export interface DirEntry {
  name: string;
  isDirectory: boolean;
  size?: number;
  modifiedAt?: number;
}

export class NodeFileStore {
  private readonly byNode = new Map<number, Map<string, NodeFile>>();

  constructor(private readonly now: () => number) {}

  /** The node's files, seeded on first use. */
  private files(node: EnvNode): Map<string, NodeFile> {
    let files = this.byNode.get(node.id);
    if (!files) {
      files = new Map();
      for (const [path, content] of Object.entries(seedFiles(node.nodeType))) {
        files.set(path, { data: toBuffer(content), modifiedAt: this.now(), readOnly: SEED_READ_ONLY.includes(path) });
      }
      this.byNode.set(node.id, files);
    }
    return files;
  }

  get(node: EnvNode, path: string): NodeFile | undefined {
    return this.files(node).get(normalise(path));
  }

  isReadOnly(node: EnvNode, path: string): boolean {
    const clean = normalise(path);
    return this.get(node, clean)?.readOnly === true || READ_ONLY_PREFIXES.some((prefix) => clean.startsWith(prefix));
  }

  /** Creates or replaces a file (the read-only check is the caller's). */
  put(node: EnvNode, path: string, content: string | Buffer, options: { readOnly?: boolean } = {}): void {
    const clean = normalise(path);
    const existing = this.files(node).get(clean);
    this.files(node).set(clean, {
      data: toBuffer(content),
      modifiedAt: this.now(),
      readOnly: options.readOnly ?? existing?.readOnly ?? false,
    });
  }

  append(node: EnvNode, path: string, content: string): void {
    const existing = this.get(node, path);
    this.put(node, path, Buffer.concat([existing?.data ?? Buffer.alloc(0), Buffer.from(content, 'utf8')]));
  }

  isDirectory(node: EnvNode, path: string): boolean {
    const prefix = `${normalise(path).replace(/\/$/, '')}/`;
    return prefix === '/' || [...this.files(node).keys()].some((file) => file.startsWith(prefix));
  }

  /** The direct children of a directory: files, and directories implied by deeper paths. */
  list(node: EnvNode, path: string): DirEntry[] {
    const prefix = `${normalise(path).replace(/\/$/, '')}/`;
    const entries = new Map<string, DirEntry>();
    for (const [file, info] of this.files(node)) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...deeper] = file.slice(prefix.length).split('/');
      if (deeper.length > 0) entries.set(name, { name, isDirectory: true });
      else entries.set(name, { name, isDirectory: false, size: info.data.length, modifiedAt: info.modifiedAt });
    }
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Absolute, no empty or dot segments: `/a//b/./c` → `/a/b/c`. `..` is refused by the handlers. */
export function normalise(path: string): string {
  return `/${path.split('/').filter((part) => part !== '' && part !== '.').join('/')}`;
}

function toBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}
