import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'src/schema/*.generated.ts', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put data into HTML as markup.' },
        { property: 'outerHTML', message: 'Never put data into HTML as markup.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never put data into HTML as markup.' }],
        },
      ],
    },
  },
  {
    files: ['src/layout/**', 'src/schema/**'],
    rules: {
      // Layout and schema are pure and DOM-free; the clock is read only at the edge (the CLI).
      'no-restricted-globals': ['error', 'document', 'window', 'customElements'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock reads.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock reads.' },
      ],
    },
  },
);
