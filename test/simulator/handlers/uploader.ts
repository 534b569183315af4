// storage/uploader Upload: multipart `fid`, `session`, `file` → `{result, file:<download URL>, name, size}`
// [C: platform-api.md, from the Maven plugin]. Which tokens may call it is [?] (deploymentGuesses / guesses.ts).

import { invalidParameter, ok } from '../envelope';
import { UPLOAD_FIELDS } from '../deploymentGuesses';
import { route, Route } from '../routes';

export const uploaderRoutes: Route[] = [
  route('storage/uploader', 'Upload', {
    access: 'any',
    handle: ({ platform, params, caller }) => {
      const file = params.files.get(UPLOAD_FIELDS.file);
      if (!file) throw invalidParameter(UPLOAD_FIELDS.file);
      const stored = platform.deployments.storeUpload(caller.account.uid, file.name, file.data);
      return ok({ file: platform.origin + stored.path, name: stored.name, size: stored.data.length });
    },
  }),
];
