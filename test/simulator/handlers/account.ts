// users/account: GetUserInfo.

import { ok } from '../envelope';
import { route, Route } from '../routes';

export const accountRoutes: Route[] = [
  route('users/account', 'GetUserInfo', {
    access: 'any',
    handle: ({ caller: { account } }) => ok({ uid: account.uid, email: account.email, name: account.name }),
  }),
];
