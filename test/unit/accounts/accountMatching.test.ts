import { strict as assert } from 'node:assert';
import type { Account } from '../../../src/accounts/account';
import { accountTitle } from '../../../src/accounts/account';
import { accountOfUser, accountUsingToken, isSameUser, soleAccountOnHost, userLabel } from '../../../src/accounts/accountMatching';

const A = 'https://app.one.com';
const B = 'https://app.two.com';
const account = (fields: Partial<Account> & { id: string }): Account => ({ origin: A, label: 'app.one.com', ...fields });

describe('account matching', () => {
  it('matches a user by uid when both know it, else by email, login or name (case-insensitive)', () => {
    assert.equal(isSameUser(account({ id: '1', uid: 7, user: 'x@y.z' }), { uid: 7 }), true);
    assert.equal(isSameUser(account({ id: '1', uid: 7, user: 'x@y.z' }), { uid: 8, email: 'x@y.z' }), false);
    assert.equal(isSameUser(account({ id: '1', user: 'Me@Example.com' }), { email: 'me@example.com' }), true);
    assert.equal(isSameUser(account({ id: '1', user: 'me@example.com' }), { login: ' ME@example.com ' }), true);
    assert.equal(isSameUser(account({ id: '1' }), { email: 'me@example.com' }), false);
  });

  it('finds the account of a user on a platform, never on another platform', () => {
    const accounts = [account({ id: '1', user: 'a@x.com' }), account({ id: '2', origin: B, user: 'b@x.com' }), account({ id: '3', user: 'b@x.com' })];
    assert.equal(accountOfUser(accounts, A, { email: 'b@x.com' })?.id, '3');
    assert.equal(accountOfUser(accounts, B, { email: 'b@x.com' })?.id, '2');
    assert.equal(accountOfUser(accounts, B, { email: 'a@x.com' }), undefined);
  });

  it('finds the account using a token by origin and token id, unless the uid contradicts', () => {
    const accounts = [account({ id: '1', tokenId: 5, uid: 1 }), account({ id: '2', origin: B, tokenId: 6 })];
    assert.equal(accountUsingToken(accounts, A, 5)?.id, '1');
    assert.equal(accountUsingToken(accounts, A, 5, { uid: 1 })?.id, '1');
    assert.equal(accountUsingToken(accounts, A, 5, { uid: 2 }), undefined);
    assert.equal(accountUsingToken(accounts, B, 5), undefined);
    assert.equal(accountUsingToken(accounts, A, 6), undefined);
  });

  it('names users and accounts', () => {
    assert.equal(userLabel({ email: 'e@x.com', name: 'N', login: 'l' }), 'e@x.com');
    assert.equal(userLabel({ name: 'N', login: 'l' }), 'N');
    assert.equal(userLabel({}), undefined);
    assert.equal(accountTitle(account({ id: '1', user: 'me@x.com' })), 'me@x.com on app.one.com');
    assert.equal(accountTitle(account({ id: '1', label: 'Work', user: 'me@x.com' })), 'Work (me@x.com)');
    assert.equal(accountTitle(account({ id: '1' })), 'app.one.com');
    assert.equal(accountTitle(account({ id: '1', label: 'Work' })), 'Work (app.one.com)');
  });

  it('finds the one account on a host a failure names, and none when two share it', () => {
    const one = { id: 'a', origin: 'https://app.one.test', label: 'one' };
    const two = [{ id: 'b', origin: 'https://app.two.test', label: 'x' }, { id: 'c', origin: 'https://app.two.test', label: 'y' }];
    assert.equal(soleAccountOnHost([one, ...two], 'app.one.test')?.id, 'a');
    assert.equal(soleAccountOnHost([one, ...two], 'app.two.test'), undefined);
    assert.equal(soleAccountOnHost([one], 'app.three.test'), undefined);
  });
});
