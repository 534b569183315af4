// Every choice this client makes where platform-api.md marks the platform's behaviour [?] or says nothing.
// When a real platform is seen to behave differently, change it here.

/**
 * Two-factor sign-in: a first Signin answers result 0 without a session, with `authType: "TFA"` and/or
 * `requiredAuthCheck`. We then repeat Signin with login, password and the one-time code in this parameter.
 */
export const TFA_CODE_PARAM = 'code';
export const TFA_AUTH_TYPE = 'TFA';

/** `tokenTemplate` is sent as the template's name (the doc says "name, or id [?]"). */
export const TEMPLATE_BY = 'name' as const;

/** `apiList`: method names as GetTokenApiList returns them, joined with commas. */
export const API_LIST_SEPARATOR = ',';

/** `ids` of GetTokens/DeleteTokens: joined with semicolons ("1;4;6"), as the doc shows. */
export const ID_LIST_SEPARATOR = ';';

/** EditToken with `expiresAt: null` means "never expires": we send an empty value to clear the expiry. */
export const NO_EXPIRY_VALUE = '';

/** RegenerateToken names its token with `id` (some clients send `ids`). */
export const REGENERATE_ID_PARAM = 'id';

/** Environments whose answer lacks a numeric status get this code, which reads as "Unknown". */
export const MISSING_STATUS = 0;
