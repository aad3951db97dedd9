// Lint rules: typescript-eslint's recommended set plus a few guards for this project's promises
// (no HTML sinks, no network calls from extension code).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'public/**', 'node_modules/**', 'bench/results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page and data text must reach the DOM only as text.' },
        { property: 'outerHTML', message: 'Page and data text must reach the DOM only as text.' },
        { property: 'insertAdjacentHTML', message: 'Page and data text must reach the DOM only as text.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'XMLHttpRequest', message: 'The extension makes no network requests.' },
        { name: 'WebSocket', message: 'The extension makes no network requests.' },
        { name: 'EventSource', message: 'The extension makes no network requests.' },
      ],
    },
  },
);
