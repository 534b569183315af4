import * as assert from 'node:assert/strict';
import { permissionOf } from '../../../src/platform/methods';
import { ARCHIVE_DEPLOY_METHODS, FILE_METHODS, GIT_DEPLOY_METHODS, LOG_METHODS } from '../../../src/platform/permissions';
import { permissionInWords } from '../../../src/ui/permissionWords';

describe('ui/permissionWords: a token permission in words', () => {
  it('names the method and says what it does', () => {
    assert.equal(permissionInWords('environment.file.Write'), 'environment.file.Write (write node files)');
    assert.equal(permissionInWords('ENVIRONMENT.control.readlog'), 'ENVIRONMENT.control.readlog (read node logs)', 'case does not matter');
    assert.equal(permissionInWords('billing.account.GetAccount'), 'billing.account.GetAccount');
    assert.equal(permissionInWords('constructor'), 'constructor', 'no inherited key is taken for words');
  });

  it('has words for every method the features and the Environments view need', () => {
    const needed = [...ARCHIVE_DEPLOY_METHODS, ...GIT_DEPLOY_METHODS, ...LOG_METHODS, ...FILE_METHODS, 'GetEnvs', 'StopEnv', 'RestartNodes'] as const;
    for (const method of needed) {
      const permission = permissionOf(method);
      assert.match(permissionInWords(permission), /^\S+ \([a-z].+\)$/, permission);
    }
  });
});
