// Writing a new token value to a file the user picked: local files by localTokenFile.ts (exclusive, 0600, no link
// followed, atomic replace after confirmation); other file systems (remote, virtual) through VS Code's file system
// API, which keeps an existing file's permissions and never widens them, after the same confirmation.

import * as path from 'node:path';
import { vscode } from './vscodeApi';
import { FileQuestions, linkRefusal, notAFileRefusal, TokenFileResult, writeLocalTokenFile } from './localTokenFile';

/** Writes `content` to `uri`. Throws only on an I/O failure, which the caller reports. */
export async function writeTokenFile(uri: vscode.Uri, content: string, questions: FileQuestions): Promise<TokenFileResult> {
  if (uri.scheme === 'file') return writeLocalTokenFile(uri.fsPath, content, questions);
  return writeThroughVsCode(uri, content, path.basename(uri.path), questions);
}

async function writeThroughVsCode(uri: vscode.Uri, content: string, name: string, questions: FileQuestions): Promise<TokenFileResult> {
  const existing = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    (stat) => stat,
    () => undefined,
  );
  if (existing) {
    if ((existing.type & vscode.FileType.SymbolicLink) !== 0) {
      return { kind: 'refused', why: linkRefusal(name) };
    }
    if ((existing.type & vscode.FileType.File) === 0) return { kind: 'refused', why: notAFileRefusal(name) };
    if (!(await questions.confirmOverwrite(name))) return { kind: 'declined' };
  }
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
  return { kind: 'saved' };
}

/** The open workspace folder the file would land in, if any: a token there may be committed or synced. */
export function workspaceFolderOf(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) return folder;
  // getWorkspaceFolder compares case-sensitively; a file system that ignores case would slip past it.
  const lower = uri.toString().toLowerCase();
  return vscode.workspace.workspaceFolders?.find((candidate) => lower.startsWith(`${candidate.uri.toString().toLowerCase().replace(/\/$/, '')}/`));
}
