// How much of a platform reply we accept. One module so the transport (whatever carries the bytes) and the JSON
// parse step read the same figures.
//
// The largest real replies are GetEnvs of big accounts: every environment with its nodes and node groups
// (platform-api.md, Environments: `infos[]`, each shaped like GetEnvInfo's answer [C]). The real GetEnvInfo sample
// (`shared/platform/samples/get-env-info.json`) is 3.2 KB for one node, 104 JSON values, 7 levels deep; the
// simulator's 5-node environments are 2.9 KB each, and 2,000 of them (the account size the tree bench is built for)
// make a 5.9 MB GetEnvs with 309,000 values (`npm run bench`, "parse"). The caps below leave 2.7 times that:

/** A reply body (after decompression) beyond this fails with "too large or malformed". */
export const MAX_REPLY_BYTES = 16 * 1024 * 1024;

/** Levels of nesting: real replies have 7 (GetEnvs adds the envelope and `infos`); 64 is far beyond any of them. */
export const MAX_REPLY_DEPTH = 64;

/**
 * JSON values (objects, arrays and list items counted by their separators): real replies run at 35–55 values per KB,
 * under 900,000 at the byte cap. A reply made of tiny values (`[{},{},…]`, 5 million in 16 MB) is refused after
 * scanning the first 3 MB, before anything is built.
 */
export const MAX_REPLY_VALUES = 1_000_000;
