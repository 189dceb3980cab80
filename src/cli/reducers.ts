/**
 * The reducers `reduce` can run, as one table: a name, the contract whose events it folds, and
 * how to build it. `--reducer <name>` picks rows by name (`all`: every row of the contract of
 * the events at hand); a row added here is all a new family needs to appear in the CLI.
 */
import { CollaborationReducer as CollaborationReducer61, ParticipantIdentity as ParticipantIdentity61 } from '../collaboration';
import { ConnectorReducer } from '../connector';
import { DecisionPointReducer } from '../decisionpoint';
import { MissionDossierReducer } from '../dossier';
import type { EnvelopeContractVersion } from '../cutover';
import { GlossaryReducer } from '../glossary';
import { LifecycleReducer as LifecycleReducer61 } from '../lifecycle';
import { MissionAuditReducer } from '../mission-audit';
import { MissionNextReducer } from '../mission-next';
import { StatusReducer as StatusReducer61 } from '../status';
import { SyncReducer } from '../sync';
import { CollaborationReducer, LifecycleReducer, StatusReducer, type ParticipantIdentity } from '../v2';

export type Mode = 'strict' | 'permissive';

/** What a row's factory receives from the command line. */
export interface ReducerSettings {
  readonly mode: Mode;
  readonly roster: ReadonlyMap<string, ParticipantIdentity> | null;
}

/** A running reducer: events in, `toDict()` of the state out. */
export interface CliReducer {
  applyAll(events: Iterable<never>): unknown;
  readonly state: { toDict(): Record<string, unknown> };
}

export interface ReducerRow {
  readonly name: string;
  readonly contract: EnvelopeContractVersion;
  /** The row honours `--mode` (and `--roster`). */
  readonly usesMode: boolean;
  readonly make: (settings: ReducerSettings) => CliReducer;
}

/** The `--roster` identities re-read under 6.1.0 (same wire shape; `external_refs` allowed). */
function roster61(roster: ReducerSettings['roster']): ReadonlyMap<string, ParticipantIdentity61> | null {
  if (roster === null) return null;
  return new Map([...roster].map(([id, identity]) => [id, ParticipantIdentity61.fromDict(identity.toDict())] as const));
}

const row = (name: string, contract: EnvelopeContractVersion, make: (settings: ReducerSettings) => unknown, usesMode = false): ReducerRow =>
  Object.freeze({ name, contract, usesMode, make: make as (settings: ReducerSettings) => CliReducer });

/** Every reducer of both contracts, in summary order. */
export const REDUCER_TABLE: readonly ReducerRow[] = Object.freeze([
  row('status', '2.1.0', () => new StatusReducer()),
  row('lifecycle', '2.1.0', () => new LifecycleReducer()),
  row('collaboration', '2.1.0', (s) => new CollaborationReducer({ mode: s.mode, roster: s.roster }), true),
  row('status', '6.1.0', () => new StatusReducer61()),
  row('lifecycle', '6.1.0', () => new LifecycleReducer61()),
  row('collaboration', '6.1.0', (s) => new CollaborationReducer61({ mode: s.mode, roster: roster61(s.roster) }), true),
  row('glossary', '6.1.0', (s) => new GlossaryReducer({ mode: s.mode }), true),
  row('mission-next', '6.1.0', () => new MissionNextReducer()),
  row('decision-point', '6.1.0', () => new DecisionPointReducer()),
  row('dossier', '6.1.0', () => new MissionDossierReducer()),
  row('mission-audit', '6.1.0', () => new MissionAuditReducer()),
  row('connector', '6.1.0', () => new ConnectorReducer()),
  row('sync', '6.1.0', () => new SyncReducer()),
]);

/** The names `--reducer` accepts (`all` last). */
export const REDUCER_NAMES: readonly string[] = Object.freeze([...new Set(REDUCER_TABLE.map((r) => r.name)), 'all']);

/** The rows to run on events of `contract` for `--reducer name`. */
export function rowsFor(name: string, contract: EnvelopeContractVersion): readonly ReducerRow[] {
  return REDUCER_TABLE.filter((r) => r.contract === contract && (name === 'all' || r.name === name));
}
