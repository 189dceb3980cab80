/**
 * §1.5 semantic equivalence: for every one of the 28 schemas, a generated corpus (built from
 * both the reference file and ours) is evaluated by ajv 2020 with the schema layer's own
 * configuration against our committed file and the reference file; verdicts must agree, and
 * so must the mapped violations (json path + keyword, the SHOULD of §1.5).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSchemaAjv, mapSchemaErrors } from '../../../src/schemas/schema-layer';
import { GENERATION_ORDER, schemaDirFor } from '../../../src/schemas';
import { corpusFor, validInstance } from './corpus';

const V2_SCHEMA_DIR = schemaDirFor('2.1.0');

const REFERENCE = path.resolve(__dirname, '..', '..', 'reference', 'schemas');

const read = (dir: string, name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;

describe('semantic equivalence with the reference schemas', () => {
  it('compiles every reference file under ajv strict mode with the schema-layer options', () => {
    const ajv = createSchemaAjv();
    for (const name of GENERATION_ORDER) expect(() => ajv.compile(read(REFERENCE, name))).not.toThrow();
  });

  it.each(GENERATION_ORDER.map((name) => [name]))('%s: identical verdicts and violations over the corpus', (name) => {
    const ours = read(V2_SCHEMA_DIR, name);
    const reference = read(REFERENCE, name);
    const validateOurs = createSchemaAjv().compile(ours);
    const validateReference = createSchemaAjv().compile(reference);
    const corpus = [...corpusFor(reference), ...corpusFor(ours)];
    expect(corpus.length).toBeGreaterThan(20);
    let valid = 0;
    let invalid = 0;
    for (const instance of corpus) {
      const a = validateOurs(instance);
      const b = validateReference(instance);
      if (a !== b) throw new Error(`${name}: verdicts differ for ${JSON.stringify(instance)} (ours ${a}, reference ${b})`);
      if (a) {
        valid++;
        continue;
      }
      invalid++;
      const mine = mapSchemaErrors(validateOurs.errors ?? [], instance).map((v) => `${v.jsonPath} ${v.validator} ${v.message}`);
      const theirs = mapSchemaErrors(validateReference.errors ?? [], instance).map((v) => `${v.jsonPath} ${v.validator} ${v.message}`);
      expect({ instance, violations: mine }).toEqual({ instance, violations: theirs });
    }
    // The corpus exercises both outcomes.
    expect(valid).toBeGreaterThan(0);
    expect(invalid).toBeGreaterThan(0);
  });

  it('the corpus builder makes valid instances and catches a changed constraint', () => {
    const reference = read(REFERENCE, 'event');
    const validate = createSchemaAjv().compile(reference);
    expect(validate(validInstance(reference, reference, false))).toBe(true);
    expect(validate(validInstance(reference, reference, true))).toBe(true);
    // A schema differing only in maxLength 26 → 27 must be told apart by the corpus.
    const altered = JSON.parse(JSON.stringify(reference).replace('"maxLength":26', '"maxLength":27')) as Record<string, unknown>;
    const validateAltered = createSchemaAjv().compile(altered);
    expect(corpusFor(reference).some((instance) => validate(instance) !== validateAltered(instance))).toBe(true);
    // ... and so must a nullable field made non-nullable, and a dropped enum member.
    const noNull = JSON.parse(JSON.stringify(reference).replace(',{"type":"null"}', '')) as Record<string, unknown>;
    const validateNoNull = createSchemaAjv().compile(noNull);
    expect(corpusFor(reference).some((instance) => validate(instance) !== validateNoNull(instance))).toBe(true);
  });
});
