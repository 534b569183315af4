// The variable the harness sets for its Restricted Mode pass (no imports: the harness and the suites both read it).
export const UNTRUSTED_WORKSPACE_ENV = 'VAP_TEST_UNTRUSTED_WORKSPACE';
