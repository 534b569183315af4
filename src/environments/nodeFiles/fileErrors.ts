// What VS Code is told when a node file call fails: a FileSystemError of the right kind (so the editor, Explorer and
// save say "not found", "no permission", "unavailable") whose message is the one sentence of ui/failure.ts.

import { vscode } from '../../ui/vscodeApi';
import { NotEditable, PlatformError, ResultCode, isMissingFile, isSessionRefused } from '../../platform';
import { MAX_EDITABLE_FILE_BYTES } from '../../platform/deploymentGuesses';
import { describeFailure } from '../../ui/failure';
import { t } from '../../util/l10n';
import { UnknownAccountError } from '../model/envErrors';

/** A file an editor must not hold: too large to read, or bytes that would not survive a save. */
export class NotEditableError extends Error {
  constructor(
    readonly problem: NotEditable,
    readonly path: string,
  ) {
    super(notEditableMessage(problem, path));
    this.name = 'NotEditableError';
  }
}

export function notEditableMessage(problem: NotEditable, path: string): string {
  const name = baseName(path);
  if (problem.reason === 'tooLarge') {
    return t('{0} is {1} MB: files over {2} MB are not opened in an editor.', name, megabytes(problem.size), megabytes(MAX_EDITABLE_FILE_BYTES));
  }
  return t('{0} is not a text file: the platform carries file contents as text, so an editor would damage it on save.', name);
}

/** The file system cannot do this at all (the platform's file API documents no such method). */
export function unsupported(what: 'delete' | 'rename' | 'createDirectory'): vscode.FileSystemError {
  const action = { delete: t('delete files'), rename: t('rename or move files'), createDirectory: t('create folders') }[what];
  return vscode.FileSystemError.NoPermissions(t("The platform's file API cannot {0}: use the file manager in the dashboard, or SSH.", action));
}

/** The failure as VS Code's file service wants it. `writing`: a refusal means the path is read-only on the node. */
export function toFileSystemError(error: unknown, uri: vscode.Uri, operation: string, writing = false): vscode.FileSystemError {
  if (error instanceof vscode.FileSystemError) return error;
  if (error instanceof NotEditableError) return vscode.FileSystemError.NoPermissions(error.message);
  if (error instanceof UnknownAccountError) return vscode.FileSystemError.Unavailable(missingAccountMessage());
  if (isMissingFile(error)) return vscode.FileSystemError.FileNotFound(uri);
  const message = describeFailure(error, { operation, usedToken: true }).message;
  if (!(error instanceof PlatformError)) return vscode.FileSystemError.Unavailable(message);
  if (error.result === ResultCode.PermissionDenied) return vscode.FileSystemError.NoPermissions(message);
  if (writing && isWriteRefusal(error)) return vscode.FileSystemError.NoPermissions(readOnlyMessage(uri.path, error));
  return vscode.FileSystemError.Unavailable(message);
}

/** A Write the platform refused for the path itself (not for the token, not a missing file): it is read-only. */
export function isWriteRefusal(error: unknown): error is PlatformError {
  return (
    error instanceof PlatformError && error.result !== ResultCode.PermissionDenied && !isSessionRefused(error) && !isMissingFile(error)
  );
}

/** A Write the platform refused: the path is read-only there, in the platform's own words. */
export function readOnlyMessage(path: string, error: PlatformError): string {
  return t('{0} is read-only on the node: the platform refused to write it ({1}).', baseName(path), error.platformMessage ?? error.meaning);
}

export function missingAccountMessage(): string {
  return t('This file belongs to a VAP account that is not in this VS Code any more. Add its access token, then open the file again.');
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
