// A token value written to a local file so that nobody else can read it and nothing else is touched: a new file is
// created exclusively (O_EXCL) with owner-only permissions (0600) and never through a symbolic link (O_NOFOLLOW;
// O_EXCL already refuses a link, even a dangling one); an existing file is replaced only after the user confirmed,
// atomically (a new 0600 file beside it, then rename), and never when it is a link. Free of `vscode`: unit-tested.

import { constants, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { t } from '../util/l10n';

const OWNER_ONLY = 0o600;

/** Whether to go on; asked only when the file already exists. */
export interface FileQuestions {
  confirmOverwrite(name: string): Promise<boolean>;
}

export type TokenFileResult = { readonly kind: 'saved' } | { readonly kind: 'declined' } | { readonly kind: 'refused'; readonly why: string };

/** Writes `content` to `file` under the rules above. Throws only on an I/O failure, which the caller reports. */
export async function writeLocalTokenFile(file: string, content: string, questions: FileQuestions): Promise<TokenFileResult> {
  const name = path.basename(file);
  const existing = await fs.lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing === undefined) {
    try {
      await createExclusively(file, content);
      return { kind: 'saved' };
    } catch (error) {
      // Appeared since we looked: treat it as the existing file it now is.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return writeLocalTokenFile(file, content, questions);
    }
  }
  if (existing.isSymbolicLink()) return { kind: 'refused', why: linkRefusal(name) };
  if (!existing.isFile()) return { kind: 'refused', why: notAFileRefusal(name) };
  if (!(await questions.confirmOverwrite(name))) return { kind: 'declined' };
  await replaceAtomically(file, content);
  return { kind: 'saved' };
}

/** O_CREAT | O_EXCL | O_NOFOLLOW, mode 0600; the mode is set again on the open file in case a umask or ACL widened it. */
async function createExclusively(file: string, content: string): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const handle = await fs.open(file, flags, OWNER_ONLY);
  try {
    await handle.chmod(OWNER_ONLY).catch(() => undefined); // Not supported everywhere (Windows); the create mode stands.
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A new 0600 file beside the old one, renamed over it: readers see the old content or the new, never a mix. */
async function replaceAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await createExclusively(temporary, content);
  try {
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export function linkRefusal(name: string): string {
  return t('{0} is a symbolic link; VS Code does not write a token through one. Choose another name.', name);
}

export function notAFileRefusal(name: string): string {
  return t('{0} is not a regular file. Choose another name.', name);
}
