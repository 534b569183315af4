// How much of a platform reply we accept. One module so the transport (whatever carries the bytes) and the JSON
// parse step read the same figures.
//
// The largest real replies are GetEnvs of big accounts: every environment with its nodes and node groups
// (platform-api.md, Environments: `infos[]`, each shaped like GetEnvInfo's answer [C]). The real GetEnvInfo sample
// (`shared/platform/samples/get-env-info.json`) is 3.2 KB for one node, 104 JSON values, 7 levels deep. The largest
// account the extension is tested with (test/integration/badInput.test.ts) has 10,000 environments of 3 nodes: the
// simulator answers GetEnvs for it with 20.4 MB and 980,000 values (2,000 environments of 5 nodes, the tree bench's
// account: 5.9 MB, 309,000 values). The caps leave 1.6 times (bytes) and 2 times (values) that biggest answer.

/** A reply body (after decompression) beyond this fails with "too large or malformed". */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;

/** Levels of nesting: real replies have 7 (GetEnvs adds the envelope and `infos`); 64 is far beyond any of them. */
export const MAX_REPLY_DEPTH = 64;

/**
 * JSON values (list items and object members, counted by their separators): real replies run at 35–50 values per
 * KB, under 1.7 million at the byte cap. A reply made of tiny values (`[{},{},…]`, 11 million in 32 MB) is refused
 * after scanning its first 6 MB, before anything is built.
 */
export const MAX_REPLY_VALUES = 2_000_000;
