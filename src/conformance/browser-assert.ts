/**
 * `node:assert` in browser bundles (package.json `browser` maps it here): the one name the
 * assertion helpers use, `AssertionError`, as a plain `Error` subclass with the same `name`,
 * `message`, `code` and `generatedMessage` fields. Node keeps its own module.
 */
export class AssertionError extends Error {
  readonly code = 'ERR_ASSERTION';
  readonly generatedMessage = false;
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string | undefined;

  constructor(options: { message?: string; actual?: unknown; expected?: unknown; operator?: string }) {
    super(options.message ?? 'Assertion failed');
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
  }
}
