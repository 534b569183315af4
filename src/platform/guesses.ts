// Every choice this client makes where platform-api.md marks the platform's behaviour [?] or says nothing.
// When a real platform is seen to behave differently, change it here.

/** Two-factor sign-in: Signin's `authType` / `accessType` values that mean "a code is still needed" [I]. */
export const TFA_AUTH_TYPE = 'TFA';
export const TFA_ACCESS_TYPE = 'RESTRICTED';

/**
 * Verify2FACode's reply to a wrong code is unknown [?]: any result but 702 (the restricted session ended), and any
 * HTTP 4xx but 404, reads as "code not accepted"; `attemptsLeft`, where present, says how many more it takes.
 * Without it we ask at most this many times before the user has to sign in again.
 */
export const TFA_MAX_CODE_ATTEMPTS = 5;

/** `tokenTemplate` is sent as the template's name (the doc says "name, or id [?]"). */
export const TEMPLATE_BY = 'name' as const;

/** `apiList`: method names as GetTokenApiList returns them, joined with commas. */
export const API_LIST_SEPARATOR = ',';

/** `ids` of GetTokens/DeleteTokens: joined with semicolons ("1;4;6"), as the doc shows. */
export const ID_LIST_SEPARATOR = ';';

/** EditToken with `expiresAt: null` means "never expires": we send an empty value to clear the expiry. */
export const NO_EXPIRY_VALUE = '';

/** RegenerateToken: `id` in the 8.0.2 export, `ids` in a client tested on 8.4.1 [C both]: we send the id as both. */
export const REGENERATE_ID_PARAMS = ['id', 'ids'] as const;

/** Environments whose answer lacks a numeric status get this code, which reads as "Unknown". */
export const MISSING_STATUS = 0;
