import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      // `import vscode = require('vscode')` (src/ui/vscodeApi.ts, the tests): the host hands the API out as a CommonJS
      // module; `import * as` makes the bundle copy all its properties once per importing file at load.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^vscode$'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/ui/vscodeApi.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', allowTypeImports: true, message: "Import { vscode } from src/ui/vscodeApi.ts: one binding for the whole bundle." }] },
      ],
    },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/platform must not depend on VS Code.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
