// Files as sweep surfaces: every file under a folder, one surface each, named by its path there.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Surface } from './findLeaks';

/** Every file under `dir` that `keep` accepts (none if `dir` does not exist). */
export function filesUnder(dir: string, what: string, keep: (file: string) => boolean = () => true): Surface[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => keep(file) && fs.statSync(file).isFile())
    .map((file) => ({ name: `${what}: ${path.relative(dir, file)}`, text: fs.readFileSync(file, 'utf8') }));
}
