// What to deploy: the workspace's build outputs (newest first, with size and path), a file from anywhere (Browse…),
// or an archive's address (From a URL…), which DeployArchive downloads itself, with no upload.

import { basename } from 'node:path';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';
import { ARCHIVE_EXCLUDE, ARCHIVE_GLOB, MAX_LISTED_ARCHIVES, archiveNameOfUrl, archiveUrlProblem } from './deployChoices';
import { sizeText } from '../view/entryText';
import type { DeploySource } from './lastDeploy';
import type { DeployParts } from './deployParts';

export type ArchiveChoice =
  | { readonly kind: 'file'; readonly uri: vscode.Uri; readonly name: string; readonly size: number }
  | { readonly kind: 'url'; readonly url: string; readonly name: string };

interface SourceItem extends vscode.QuickPickItem {
  readonly choose?: () => Promise<ArchiveChoice | undefined>;
}

/** Asks what to deploy; undefined when the user cancels. */
export async function pickArchive(parts: DeployParts, title: string): Promise<ArchiveChoice | undefined> {
  const found = await workspaceArchives();
  const items: SourceItem[] = found.map(({ uri, size, mtime }) => ({
    label: `$(file-zip) ${basename(uri.fsPath)}`,
    description: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
    detail: t('{0} · modified {1}', sizeText(size), new Date(mtime).toLocaleString()),
    choose: async () => ({ kind: 'file', uri, name: basename(uri.fsPath), size }),
  }));
  if (items.length > 0) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push(
    { label: `$(folder-opened) ${t('Browse…')}`, description: t('an archive anywhere on this computer'), choose: () => browse(parts, title) },
    { label: `$(link) ${t('From a URL…')}`, description: t('the platform downloads it; nothing is uploaded'), choose: () => fromUrl(parts, title) },
  );
  const picked = await parts.services.prompts.ui.showQuickPick(items, {
    title,
    placeHolder: found.length > 0 ? t('Which archive? (build outputs of this workspace, newest first)') : t('No war, jar, ear, zip or tar.gz in this workspace: browse, or give a URL'),
    matchOnDescription: true,
  });
  return picked?.choose?.();
}

/** The archive a remembered source names, if it is still there. */
export async function archiveOf(source: DeploySource): Promise<ArchiveChoice | undefined> {
  if (source.kind === 'url') return { kind: 'url', url: source.url, name: archiveNameOfUrl(source.url) ?? source.url };
  if (source.kind !== 'file') return undefined;
  const uri = resolvePath(source.path);
  if (!uri) return undefined;
  const size = await fileSize(uri);
  return size === undefined ? undefined : { kind: 'file', uri, name: basename(uri.fsPath), size };
}

/** How the choice is remembered: a workspace-relative path when it is inside the workspace. */
export function sourceOf(choice: ArchiveChoice): DeploySource {
  if (choice.kind === 'url') return { kind: 'url', url: choice.url };
  const folder = vscode.workspace.getWorkspaceFolder(choice.uri);
  return { kind: 'file', path: folder ? vscode.workspace.asRelativePath(choice.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) : choice.uri.fsPath };
}

async function workspaceArchives(): Promise<{ uri: vscode.Uri; size: number; mtime: number }[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const uris = await vscode.workspace.findFiles(ARCHIVE_GLOB, ARCHIVE_EXCLUDE, 500);
  const stats = await Promise.all(
    uris.map(async (uri) => {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        return stat.type & vscode.FileType.File ? { uri, size: stat.size, mtime: stat.mtime } : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return stats
    .filter((item): item is { uri: vscode.Uri; size: number; mtime: number } => item !== undefined)
    .sort((a, b) => b.mtime - a.mtime || a.uri.fsPath.localeCompare(b.uri.fsPath))
    .slice(0, MAX_LISTED_ARCHIVES);
}

async function browse(parts: DeployParts, title: string): Promise<ArchiveChoice | undefined> {
  const [uri] =
    (await parts.services.prompts.ui.showOpenDialog({
      title,
      openLabel: t('Deploy'),
      canSelectMany: false,
      filters: { [t('Archives')]: ['war', 'jar', 'ear', 'zip', 'gz', 'tgz'] },
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    })) ?? [];
  if (!uri) return undefined;
  const size = await fileSize(uri);
  if (size === undefined) return undefined;
  return { kind: 'file', uri, name: basename(uri.fsPath), size };
}

async function fromUrl(parts: DeployParts, title: string): Promise<ArchiveChoice | undefined> {
  const url = await parts.services.prompts.ui.showInputBox({
    title,
    prompt: t('Address of the archive (http or https); the platform downloads it from there'),
    placeHolder: t('https://example.com/builds/app.war'),
    validateInput: (text) => archiveUrlProblem(text),
  });
  if (!url) return undefined;
  const href = new URL(url.trim()).href;
  return { kind: 'url', url: href, name: archiveNameOfUrl(href) ?? href };
}

function resolvePath(path: string): vscode.Uri | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return vscode.Uri.file(path);
  const folders = vscode.workspace.workspaceFolders ?? [];
  // A multi-root path starts with its folder's name (asRelativePath with includeWorkspaceFolder).
  const named = folders.find((folder) => folders.length > 1 && path.startsWith(`${folder.name}/`));
  if (named) return vscode.Uri.joinPath(named.uri, path.slice(named.name.length + 1));
  return folders[0] ? vscode.Uri.joinPath(folders[0].uri, path) : undefined;
}

async function fileSize(uri: vscode.Uri): Promise<number | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.File ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
