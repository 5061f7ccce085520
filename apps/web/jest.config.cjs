/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web',
  roots: ['<rootDir>/src'],
  testEnvironment: '<rootDir>/test/jsdom-with-fetch.environment.cjs',
  setupFilesAfterEnv: ['<rootDir>/test/setup-tests.ts'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/test/style-stub.cjs',
    // The app loads locale files by dynamic import; tests read them synchronously.
    '/locales/load-namespace$': '<rootDir>/test/load-namespace.ts',
    '^@plan/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
  },
};
