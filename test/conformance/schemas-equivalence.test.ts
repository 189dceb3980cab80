/**
 * 6.1.0 schemas against the reference's 110 files (test/reference/6.1.0/schemas/, copied from
 * the reference unchanged): the generation order lists exactly the reference's names, and every
 * schema the 6.1.0 registry generates equals the reference file after JSON parse or, failing
 * that, gives the same verdicts and violations over the corpus. Names the registry does not
 * generate yet are pending (the family issues add them); their number may only shrink.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import '../../src/all-models';
import { GENERATION_ORDERS, createSchemaAjv, generateSchemas, mapSchemaErrors } from '../../src/schemas';
import { corpusFor } from '../v2/schemas/corpus';

const REFERENCE = path.resolve(__dirname, '..', 'reference', '6.1.0', 'schemas');
const ORDER = GENERATION_ORDERS['6.1.0'];

/** Upper bound of the pending names: lower it as the family issues land (never raise it). */
const MAX_PENDING = 0;

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(REFERENCE, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
const generated = new Map(generateSchemas('6.1.0').map((schema) => [schema.name, schema.document as Record<string, unknown>] as const));
const compared = ORDER.filter((name) => generated.has(name));
const pending = ORDER.filter((name) => !generated.has(name));

describe('6.1.0 generation order', () => {
  it('lists the 110 reference schema names, each once, and exactly the committed reference files', () => {
    expect(ORDER).toHaveLength(110);
    expect(new Set(ORDER).size).toBe(110);
    const files = fs.readdirSync(REFERENCE).filter((file) => file.endsWith('.schema.json')).map((file) => file.slice(0, -'.schema.json'.length));
    expect([...ORDER].sort()).toEqual(files.sort());
  });

  it('starts and ends as the reference generator does (models, then enums, then unions)', () => {
    expect(ORDER.slice(0, 3)).toEqual(['event', 'status_transition_payload', 'gate_passed_payload']);
    expect(ORDER.slice(-6)).toEqual(['lane', 'sync_lane_v1', 'sync_lane_v2', 'decision_point_opened_payload', 'decision_point_discussing_payload', 'decision_point_resolved_payload']);
  });

  it('the 6.1.0 registry generates no name outside the reference list', () => {
    expect([...generated.keys()].filter((name) => !ORDER.includes(name))).toEqual([]);
  });

  it(`pending names (not generated yet) shrink: at most ${MAX_PENDING}`, () => {
    expect(compared.length + pending.length).toBe(110);
    expect(pending.length).toBeLessThanOrEqual(MAX_PENDING);
    if (pending.length > 0) process.stdout.write(`6.1.0 schemas not generated yet (${pending.length}/110): ${pending.join(', ')}\n`);
  });
});

describe('generated 6.1.0 schemas are equivalent to the reference files', () => {
  /**
   * Reference files the schema layer's ajv options (strict mode) cannot compile yet: a
   * `pattern` inside an `anyOf` branch without `type` (event), and OpenAPI `discriminator`
   * (the three DecisionPoint unions). The schema layer must learn them before those schemas
   * are generated; this list may only shrink.
   */
  const KNOWN_UNCOMPILABLE = ['event'];

  it('every reference file compiles with the schema-layer options, except the known ones', () => {
    const failures: string[] = [];
    for (const name of ORDER) {
      try {
        createSchemaAjv().compile(read(name));
      } catch (error) {
        failures.push(name);
        if (!KNOWN_UNCOMPILABLE.includes(name)) process.stdout.write(`${name}: ${(error as Error).message}\n`);
      }
    }
    expect(failures.filter((name) => !KNOWN_UNCOMPILABLE.includes(name))).toEqual([]);
  });

  /**
   * Generated schemas known to differ from the reference (owner to fix; the test fails once a
   * listed schema matches, so the entry is removed then): name → reason.
   */
  const KNOWN_MISMATCHES: Readonly<Record<string, string>> = {};

  /** Null when equivalent; otherwise the first difference. */
  function difference(name: string): string | null {
    const ours = generated.get(name)!;
    const reference = read(name);
    if (JSON.stringify(ours) === JSON.stringify(reference)) return null;
    const validateOurs = createSchemaAjv().compile(ours);
    const validateReference = createSchemaAjv().compile(reference);
    const corpus = [...corpusFor(reference), ...corpusFor(ours)];
    for (const instance of corpus) {
      const a = validateOurs(instance);
      const b = validateReference(instance);
      if (a !== b) return `verdicts differ for ${JSON.stringify(instance)} (ours ${a}, reference ${b})`;
      if (a) continue;
      const mine = mapSchemaErrors(validateOurs.errors ?? [], instance).map((v) => `${v.jsonPath} ${v.validator} ${v.message}`);
      const theirs = mapSchemaErrors(validateReference.errors ?? [], instance).map((v) => `${v.jsonPath} ${v.validator} ${v.message}`);
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) return `violations differ for ${JSON.stringify(instance)}: ours ${JSON.stringify(mine)}, reference ${JSON.stringify(theirs)}`;
    }
    return null;
  }

  if (compared.length === 0) it.todo('no 6.1.0 schema is generated yet');
  else
    it.each(compared.map((name) => [name]))('%s: equal after parse, or the same verdicts and violations', (name) => {
      const found = difference(name);
      const known = Object.prototype.hasOwnProperty.call(KNOWN_MISMATCHES, name);
      if (known) {
        process.stdout.write(`${name}: known mismatch (${KNOWN_MISMATCHES[name]}): ${found ?? 'now equivalent'}\n`);
        expect(found).not.toBeNull();
      } else {
        expect(found).toBeNull();
      }
    });
});
