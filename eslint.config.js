import js from '@eslint/js';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One way to import a library: by its name, which package.json "imports" maps to its entry. */
const LIBRARIES_BY_NAME = {
  regex: '^(\\.\\./)+(libs/)?[a-z-]+/src/',
  message: 'Import another library by its name (#domain, #persistence, …; package.json "imports"), never by a path into its folder.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'reports/', '.tools/', '.data/', '.test-data/', 'libs/api-client/src/schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Not consistent-type-imports: Nest's dependency injection reads constructor parameter
      // types from emitted decorator metadata, which a type-only import erases.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through ACCORD_CONFIGURATION (libs/configuration).' },
      ],
      'no-restricted-imports': ['error', { patterns: [LIBRARIES_BY_NAME] }],
    },
  },
  {
    // Entry points, launchers and tests own the environment; everything else gets it injected.
    files: ['scripts/**', 'test/**', 'bench/**', 'docker/**', 'libs/configuration/src/**', 'libs/local-stack/src/**', '**/*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='maxDecimalPlaces']",
          message:
            'IsNumber({ maxDecimalPlaces }) throws on numbers such as 5e-324: use IsFiniteDecimal (apps/api/src/validation/decimal-places.validator.ts).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message:
                'IsOptional also lets null through: use IsOptionalNotNull, or IsOptionalOrNull where null clears the field (apps/api/src/validation/optional-fields.validator.ts).',
            },
          ],
          patterns: [LIBRARIES_BY_NAME],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // An un-awaited expect(...).resolves passes without ever checking.
      'jest/valid-expect': ['error', { alwaysAwait: true }],
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'request.**.expect', '**.expect', 'fc.assert'] }],
    },
  },
);
