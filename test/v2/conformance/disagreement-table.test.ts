/**
 * §3 "Where the layers disagree": all 69 rows through `validateEvent`, with the port rules
 * distilled under the table (rows 35–36 excluded from parity: `12345.0` parses as 12345;
 * row 29: the port's schema layer rejects as well).
 */
import { validateEvent } from '../../../src/v2/conformance';
import { TABLE, rowPayload } from './disagreement-table';

const PORT_VALID_ROWS = new Set([35, 36]);
/**
 * Row 52 (2^70 for `lamport_clock`): ENVELOPE.md §11.4 has the port's lax int reject
 * |x| ≥ 2^63 (`int_parsing_size`, since JSON.parse cannot tell `1e21` from an exact
 * integer literal), which the model layer follows; the schema layer accepts as the table says.
 */
const MODEL_EXCEPTIONS = new Map<number, readonly string[]>([[52, ['lamport_clock int_parsing_size']]]);

describe('§3 layer disagreement table', () => {
  it('has the 69 rows', () => {
    expect(TABLE.map((row) => row.row)).toEqual(Array.from({ length: 69 }, (_, i) => i + 1));
  });

  describe.each(TABLE.map((row) => [row.row, row] as const))('row %i', (_n, row) => {
    const run = () => validateEvent(rowPayload(row), row.eventType, { strict: true });

    it('gives the reference verdict', () => {
      const result = run();
      expect(result.valid).toBe(PORT_VALID_ROWS.has(row.row) ? true : MODEL_EXCEPTIONS.has(row.row) ? false : row.valid);
      expect(result.eventType).toBe(row.eventType);
      expect(result.schemaCheckSkipped).toBe(false);
    });

    it('gives the reference model-layer verdict and violations', () => {
      const result = run();
      if (PORT_VALID_ROWS.has(row.row)) {
        expect(result.modelViolations).toEqual([]);
        return;
      }
      const exception = MODEL_EXCEPTIONS.get(row.row);
      if (exception !== undefined) {
        expect(result.modelViolations.map((v) => `${v.field} ${v.violationType}`)).toEqual(exception);
        return;
      }
      expect(result.modelViolations.length === 0).toBe(row.model === 'accept');
      expect(result.modelViolations.map((v) => `${v.field} ${v.violationType}`)).toEqual(row.modelViolations);
    });

    it('gives the reference schema-layer verdict and violations', () => {
      const result = run();
      if (row.row === 29) {
        expect(result.schemaViolations.map((v) => `${v.jsonPath} ${v.validator}`)).toEqual(['$.schema_version pattern']);
        return;
      }
      expect(result.schemaViolations.length === 0).toBe(row.schema === 'accept');
      expect(result.schemaViolations.map((v) => `${v.jsonPath} ${v.validator}`)).toEqual(row.schemaViolations);
    });
  });

  it('renders the business-rule messages exactly', () => {
    const force = TABLE.find((row) => row.row === 16)!;
    const done = TABLE.find((row) => row.row === 19)!;
    const both = TABLE.find((row) => row.row === 20)!;
    expect(validateEvent(rowPayload(force), 'WPStatusChanged').modelViolations[0]!.message).toBe(
      'Value error, force=True requires a non-empty reason',
    );
    expect(validateEvent(rowPayload(done), 'WPStatusChanged').modelViolations[0]!.message).toBe(
      "Value error, to_lane='done' requires evidence",
    );
    const first = validateEvent(rowPayload(both), 'WPStatusChanged').modelViolations;
    expect(first).toHaveLength(1);
    expect(first[0]!.message).toBe('Value error, force=True requires a non-empty reason');
    expect(first[0]!.inputValue).toEqual(rowPayload(both));
  });

  it('reports the schema messages of the reference templates', () => {
    const messages = (n: number): string[] =>
      validateEvent(rowPayload(TABLE.find((row) => row.row === n)!), TABLE.find((row) => row.row === n)!.eventType).schemaViolations.map(
        (v) => v.message,
      );
    expect(messages(1)).toEqual(["'5' is not of type 'integer'"]);
    expect(messages(4)).toEqual(["True is not of type 'integer'"]);
    expect(messages(14)).toEqual(["'doing' is not one of ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled']"]);
    expect(messages(15)).toEqual(["'doing' is not valid under any of the given schemas"]);
    expect(messages(29)).toEqual(["'1.0.0\\n' does not match '^\\\\d+\\\\.\\\\d+\\\\.\\\\d+$'"]);
    expect(messages(66)).toEqual(["None is not of type 'integer'"]);
    expect(messages(69)).toEqual(["None is not one of ['worktree', 'direct_repo']", "None is not of type 'string'"]);
  });
});
