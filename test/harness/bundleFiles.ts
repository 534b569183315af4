// The build's JavaScript files and which of them activation loads, read from esbuild's metafile (dist/meta.json,
// written by every build): dist/extension.js and the files it requires when it loads, but not the parts it requires
// at first use (an `import()` in the source, a `require` inside a function in the bundle).

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BundleFiles {
  /** Names of the bundle's files in dist/, e.g. `extension.js`. */
  readonly all: string[];
  readonly atActivation: string[];
  /** Each file's size, as esbuild wrote it. */
  readonly bytes: Readonly<Record<string, number>>;
}

/** The parts of esbuild's metafile we read. */
export interface Metafile {
  readonly inputs: Readonly<Record<string, { readonly imports: readonly MetafileImport[] }>>;
  readonly outputs: Readonly<Record<string, MetafileOutput>>;
}

export interface MetafileOutput {
  readonly bytes: number;
  /** The source file this output was built from, when it has one. */
  readonly entryPoint?: string;
  readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>;
  readonly imports: readonly MetafileImport[];
}

export interface MetafileImport {
  readonly path: string;
  /** As in the source for an input (`dynamic-import` for `import()`), as in the bundle for an output. */
  readonly kind: string;
  readonly external?: boolean;
}

/** esbuild's metafile of the build in `dir`. */
export function readMetafile(dir: string): Metafile {
  return JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Metafile;
}

export function bundleFiles(dir: string): BundleFiles {
  const metafile = readMetafile(dir);
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const byName = new Map(outputs.map(([file, output]) => [path.basename(file), output]));
  const atActivation: string[] = [];
  const visit = (name: string): void => {
    const output = byName.get(name);
    if (output === undefined || atActivation.includes(name)) return;
    atActivation.push(name);
    // The sources of this file, and what they import from other files of the bundle: a part at first use is an
    // `import()` in the source (the bundle turns it into a `require` inside a function).
    for (const input of Object.keys(output.inputs)) {
      for (const imported of metafile.inputs[input]?.imports ?? []) {
        if (imported.external === true && imported.kind !== 'dynamic-import' && imported.path.startsWith('./')) visit(path.basename(imported.path));
      }
    }
  };
  visit('extension.js');
  return {
    all: [...byName.keys()].sort(),
    atActivation,
    bytes: Object.fromEntries([...byName].map(([name, output]) => [name, output.bytes])),
  };
}
