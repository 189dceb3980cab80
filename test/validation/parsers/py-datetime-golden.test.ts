/**
 * The datetime parser against the reference's (pydantic-core / speedate) verdicts, from
 * test/golden/datetime.json (scripts/golden/datetime_corpus.py; issue 9 item 19).
 */
import { parsePyDateTime } from '../../../src/validation/parsers';
import type { ParseOutcome } from '../../../src/validation/violation';
import type { PyDateTime } from '../../../src/validation/parsers/py-datetime';
import { loadGolden, samplePoints, type Run } from './golden';

type Outcome = readonly [string, string];
interface Position {
  readonly template: string;
  readonly index: number;
  readonly outcomes: readonly Outcome[];
  readonly runs: readonly Run[];
}
interface DatetimeCorpus {
  readonly positions: readonly Position[];
  readonly cases: ReadonlyArray<readonly [string, Outcome]>;
}

const golden = loadGolden<DatetimeCorpus>('datetime.json');

function outcome(r: ParseOutcome<PyDateTime>): Outcome {
  return r.ok ? ['ok', r.value.isoText()] : [r.type, r.msg];
}

test('the corpus was made with both reference versions', () => {
  expect(golden.reference_versions).toEqual(['2.1.0', '6.1.0']);
  expect(golden.data.cases.length).toBeGreaterThan(100);
});

describe.each(golden.data.positions.map((p) => [`${p.template} @${p.index}`, p] as const))(
  'every code point at %s',
  (_name, p) => {
    test('same outcome as the reference', () => {
      const seen: Array<[number, Outcome]> = [];
      const want: Array<[number, Outcome]> = [];
      for (const [start, end, k] of p.runs) {
        for (const cp of samplePoints(start, end)) {
          const text = p.template.slice(0, p.index) + String.fromCodePoint(cp) + p.template.slice(p.index + 1);
          seen.push([cp, outcome(parsePyDateTime(text))]);
          want.push([cp, p.outcomes[k]!]);
        }
      }
      expect(seen).toEqual(want);
    });
  },
);

test.each(golden.data.cases.map(([input, out]) => [JSON.stringify(input), input, out] as const))(
  '%s',
  (_name, input, out) => {
    expect(outcome(parsePyDateTime(input))).toEqual(out);
  },
);

test('U+2212 MINUS SIGN is read as "-" in the UTC offset (the reference accepts it)', () => {
  expect(outcome(parsePyDateTime('2026-01-15T10:00:00\u221201:00'))).toEqual(['ok', '2026-01-15T10:00:00-01:00']);
});
