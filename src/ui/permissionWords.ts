// A token permission in words a user understands: "environment.file.Write (write node files)". The names are the
// platform's (GetTokenApiList); the words in brackets are ours, for the methods VS Code calls.

import { t } from '../util/l10n';

const WORDS: ReadonlyMap<string, () => string> = new Map(Object.entries({
  'environment.control.getenvs': () => t('list environments'),
  'environment.control.getenvinfo': () => t('read an environment'),
  'environment.control.startenv': () => t('start environments'),
  'environment.control.stopenv': () => t('stop environments'),
  'environment.control.sleepenv': () => t('put environments to sleep'),
  'environment.control.restartnodes': () => t('restart nodes'),
  'environment.control.getnodegroups': () => t('list node groups'),
  'environment.control.getlogslist': () => t('list node logs'),
  'environment.control.readlog': () => t('read node logs'),
  'environment.deployment.deployarchive': () => t('deploy archives'),
  'environment.deployment.addrepo': () => t('add Git repositories'),
  'environment.deployment.deploy': () => t('deploy from Git repositories'),
  'environment.deployment.update': () => t('update Git deployments'),
  'environment.deployment.getdeployments': () => t('list deployments'),
  'environment.file.getlist': () => t('list node files'),
  'environment.file.read': () => t('read node files'),
  'environment.file.write': () => t('write node files'),
  'storage.uploader.upload': () => t('upload files to the platform storage'),
  'users.account.getuserinfo': () => t('read the account name'),
}));

/** "environment.file.Write (write node files)"; a method VS Code does not call is named as it is. */
export function permissionInWords(permission: string): string {
  const words = WORDS.get(permission.toLowerCase());
  return words ? `${permission} (${words()})` : permission;
}
