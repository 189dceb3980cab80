import type { Config } from 'jest';

const config: Config = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  setupFiles: ['reflect-metadata'],
  // Builds src/generated/ (compiled schema validators, fixture modules) when missing or stale.
  globalSetup: '<rootDir>/scripts/jest-global-setup.ts',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};

export default config;
