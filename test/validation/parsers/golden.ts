/** Loading the committed golden corpora (test/golden/*.json, made by scripts/golden/*.py). */
import { readFileSync } from 'fs';
import { join } from 'path';

export interface GoldenFile<T> {
  readonly generator: string;
  readonly reference_versions: readonly string[];
  readonly data: T;
}

/** `[start, end, outcomeIndex]`, code points inclusive. */
export type Run = readonly [number, number, number];

export function loadGolden<T>(name: string): GoldenFile<T> {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'golden', name), 'utf8')) as GoldenFile<T>;
}

/** The code points a test checks in a run: both ends, the middle and a few spread points. */
export function samplePoints(start: number, end: number, spread = 16): number[] {
  const points = new Set<number>([start, end, start + Math.floor((end - start) / 2)]);
  const step = Math.max(1, Math.floor((end - start) / spread));
  for (let cp = start; cp <= end && points.size < spread + 3; cp += step) points.add(cp);
  return [...points].filter((cp) => cp < 0xd800 || cp > 0xdfff);
}
