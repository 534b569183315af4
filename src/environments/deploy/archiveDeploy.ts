// Deploy Archive… and Redeploy Last Deployment: choose (or recall) the target and the archive, then upload it
// (storage/uploader) and deploy it by the URL the upload answers, or deploy a URL the platform downloads itself.

import { deployArchive, uploadFile } from '../../platform';
import { t } from '../../util/l10n';
import { envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import { ArchiveChoice, archiveOf, pickArchive, sourceOf } from './archiveSource';
import { bytesOf } from './deployChoices';
import { sizeText } from '../view/entryText';
import type { DeployParts } from './deployParts';
import { DeployPlan, confirmDeploy, runDeploy } from './deployRun';
import { chooseDeploy, runningEnvironment } from './deployTarget';
import { redeployGit } from './gitDeployCommand';

export async function deployArchiveCommand(parts: DeployParts, arg: unknown): Promise<void> {
  const title = t('Deploy Archive');
  // The same environment and group as the last deploy: its context is proposed again.
  const last = parts.memory.last();
  const chosen = await chooseDeploy(parts, arg, title, () => pickArchive(parts, title), (ref, nodeGroup) =>
    last?.accountId === ref.accountId && last.envName === ref.envName && last.nodeGroup === nodeGroup ? last.context : undefined,
  );
  if (!chosen) return;
  await deployArchiveTo(parts, { ...chosen.target, what: chosen.source.name }, chosen.source);
}

/** The last deploy of this workspace again, in one step; Deploy Archive when there is none (or its account is gone). */
export async function redeployLast(parts: DeployParts): Promise<void> {
  const last = parts.memory.last();
  if (!last || !parts.services.accounts.get(last.accountId)) return deployArchiveCommand(parts, undefined);
  const ref: EnvRef = { accountId: last.accountId, envName: last.envName };
  if (last.source.kind === 'git') return redeployGit(parts, last);
  const archive = await archiveOf(last.source);
  if (!archive) {
    const choose = t('Deploy Archive…');
    const path = last.source.kind === 'file' ? last.source.path : last.envName;
    const answer = await parts.services.prompts.ui.showWarningMessage(t('The last deployed archive, {0}, is no longer there.', path), {}, choose);
    if (answer === choose) await deployArchiveCommand(parts, ref);
    return;
  }
  const env = await runningEnvironment(parts, ref);
  if (!env) return;
  await deployArchiveTo(parts, { ref, env, nodeGroup: last.nodeGroup, context: last.context, what: archive.name }, archive);
}

async function deployArchiveTo(parts: DeployParts, plan: DeployPlan, archive: ArchiveChoice): Promise<void> {
  if (archive.kind === 'file' && archive.uri.scheme !== 'file') {
    void parts.services.prompts.ui.showWarningMessage(t('{0} is not on this computer’s disk; only local files can be uploaded.', archive.name), {});
    return;
  }
  if (!(await confirmDeploy(parts, plan))) return;
  await parts.memory.remember({ accountId: plan.ref.accountId, envName: plan.ref.envName, nodeGroup: plan.nodeGroup, context: plan.context, source: sourceOf(archive) });
  await runDeploy(parts, plan, async ({ client, token, signal }, report) => {
    let fileUrl: string;
    if (archive.kind === 'file') {
      parts.output.step(t('Uploading {0} ({1})', archive.name, sizeText(archive.size)));
      let shown = -1;
      const uploaded = await uploadFile(client, token, { filePath: archive.uri.fsPath, fileName: archive.name }, {
        signal,
        onProgress: (sent, total) => {
          // One report per percent: a large archive sends thousands of chunks.
          const percent = total > 0 ? Math.floor((sent * 100) / total) : 100;
          if (percent <= shown && sent < total) return;
          report({ phase: 'upload', message: t('Uploading {0} — {1}', archive.name, bytesOf(sent, total)), sent, total }, percent - Math.max(shown, 0));
          shown = percent;
        },
      });
      fileUrl = uploaded.url;
      parts.output.step(t('Uploaded {0}', archive.name));
    } else {
      fileUrl = archive.url;
      parts.output.step(t('The platform downloads {0}', archive.url));
    }
    report({ phase: 'deploy', message: t('Deploying to {0}…', envLabel(plan.env)) });
    const result = await deployArchive(
      client,
      token,
      { envName: plan.ref.envName, fileUrl, fileName: archive.name, nodeGroup: plan.nodeGroup, context: plan.context },
      { signal },
    );
    return { log: result.log };
  });
}
