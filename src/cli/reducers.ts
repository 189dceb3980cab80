/**
 * The reducers `reduce` can run, as one table: a name, the contract whose events it folds, and
 * how to build it. `--reducer <name>` picks rows by name (`all`: every row of the contract of
 * the events at hand); a row added here is all a new family needs to appear in the CLI.
 */
import type * as Collaboration61 from '../collaboration';
import type * as Connector from '../connector';
import type * as DecisionPoint from '../decisionpoint';
import type * as Dossier from '../dossier';
import type { EnvelopeContractVersion } from '../cutover';
import type * as Glossary from '../glossary';
import type * as Lifecycle61 from '../lifecycle';
import type * as MissionAudit from '../mission-audit';
import type * as MissionNext from '../mission-next';
import type * as Status61 from '../status';
import type * as Sync from '../sync';
import type * as V2 from '../v2';
import type { ParticipantIdentity } from '../v2';

// Each row requires its family when it runs (literal paths, so bundlers still see them): a
// command that reduces 2.1.0 events never loads the 6.1.0 families, and `validate` none.
const v2 = (): typeof V2 => require('../v2') as typeof V2;
const collaboration61 = (): typeof Collaboration61 => require('../collaboration') as typeof Collaboration61;

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
function roster61(roster: ReducerSettings['roster']): ReadonlyMap<string, Collaboration61.ParticipantIdentity> | null {
  if (roster === null) return null;
  const { ParticipantIdentity: ParticipantIdentity61 } = collaboration61();
  return new Map([...roster].map(([id, identity]) => [id, ParticipantIdentity61.fromDict(identity.toDict())] as const));
}

const row = (name: string, contract: EnvelopeContractVersion, make: (settings: ReducerSettings) => unknown, usesMode = false): ReducerRow =>
  Object.freeze({ name, contract, usesMode, make: make as (settings: ReducerSettings) => CliReducer });

/** Every reducer of both contracts, in summary order. */
export const REDUCER_TABLE: readonly ReducerRow[] = Object.freeze([
  row('status', '2.1.0', () => new (v2().StatusReducer)()),
  row('lifecycle', '2.1.0', () => new (v2().LifecycleReducer)()),
  row('collaboration', '2.1.0', (s) => new (v2().CollaborationReducer)({ mode: s.mode, roster: s.roster }), true),
  row('status', '6.1.0', () => new (require('../status') as typeof Status61).StatusReducer()),
  row('lifecycle', '6.1.0', () => new (require('../lifecycle') as typeof Lifecycle61).LifecycleReducer()),
  row('collaboration', '6.1.0', (s) => new (collaboration61().CollaborationReducer)({ mode: s.mode, roster: roster61(s.roster) }), true),
  row('glossary', '6.1.0', (s) => new (require('../glossary') as typeof Glossary).GlossaryReducer({ mode: s.mode }), true),
  row('mission-next', '6.1.0', () => new (require('../mission-next') as typeof MissionNext).MissionNextReducer()),
  row('decision-point', '6.1.0', () => new (require('../decisionpoint') as typeof DecisionPoint).DecisionPointReducer()),
  row('dossier', '6.1.0', () => new (require('../dossier') as typeof Dossier).MissionDossierReducer()),
  row('mission-audit', '6.1.0', () => new (require('../mission-audit') as typeof MissionAudit).MissionAuditReducer()),
  row('connector', '6.1.0', () => new (require('../connector') as typeof Connector).ConnectorReducer()),
  row('sync', '6.1.0', () => new (require('../sync') as typeof Sync).SyncReducer()),
]);

/** The names `--reducer` accepts (`all` last). */
export const REDUCER_NAMES: readonly string[] = Object.freeze([...new Set(REDUCER_TABLE.map((r) => r.name)), 'all']);

/** The rows to run on events of `contract` for `--reducer name`. */
export function rowsFor(name: string, contract: EnvelopeContractVersion): readonly ReducerRow[] {
  return REDUCER_TABLE.filter((r) => r.contract === contract && (name === 'all' || r.name === name));
}
