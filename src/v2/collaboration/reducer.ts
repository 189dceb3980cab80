/**
 * The collaboration reducer (COLLABORATION.md §8): the shared filter → sort → dedup pipeline
 * (`src/status/ordering.ts`), then a fold of the processing list U that applies each event
 * type's rule of §8.6, then the assembly of §8.7.
 *
 * `CollaborationReducer` folds incrementally (`step` per event of U, O(1) amortised for
 * in-order appends); `reduceCollaborationEvents` folds a whole list with the same `step`.
 * Working state uses `Map` / `Set` only (participant ids, warning ids and focus keys are
 * arbitrary strings, `__proto__` included); payloads are read through own keys. The frozen
 * result is built in `finish`, reusing the parts that did not change since the last build.
 *
 * The same fold serves the 6.1.0 root reducer (src/collaboration/reducer.ts): a subclass
 * registers `CollaborationRules` (contract, identity and state models); the 2.1.0 rules are
 * the default, so `/v2` behaves exactly as before.
 */
import { arrayElements, isMapLike, isPlainObject, pyRepr } from '../../conventions';
import type { Event } from '../envelope/event';
import { SpecKittyEventsError } from '../../envelope/errors';
import { Deferred, constructDeferredModel } from '../../pipeline/deferred-model';
import { EventLogReducer, FOLD_SORTED } from '../../pipeline/event-log-reducer';
import { sortedUniqueEvents } from '../../pipeline/ordering';
import { MapHistory, SetHistory, VersionClock } from '../../pipeline/versioned-map';
import { FrozenMap, FrozenSet, type PyDateTime } from '../../validation';
import {
  COLLABORATION_EVENT_TYPES,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from './constants';
import { UnknownParticipantError, type ParticipantIdValue } from './errors';
import { FocusTarget, ParticipantIdentity, focusKey } from './identity';
import { pyEquals, pyIndexOf } from './python-equality';
import {
  CollaborationAnomaly,
  CommentEntry,
  DecisionEntry,
  ReducedCollaborationState,
  WarningEntry,
} from './state';

/** `"strict"` (default) raises for unknown participants; any other value is permissive. */
export type CollaborationMode = 'strict' | 'permissive';

/** Participants counted as joined before the first event (map key = participant id). */
export type CollaborationRoster =
  | ReadonlyMap<string, ParticipantIdentity>
  | Readonly<Record<string, ParticipantIdentity>>;

export interface CollaborationReduceOptions {
  /** Default `"strict"`; `null` or any value other than `"strict"` means permissive (§8). */
  readonly mode?: CollaborationMode | null;
  /** Default none. Entries are copied; the caller's roster is never mutated. */
  readonly roster?: CollaborationRoster | null;
}

/** The reducer's filter: exact, case-sensitive membership in the 14 event types. */
export function isCollaborationEvent(event: Event): boolean {
  return COLLABORATION_EVENT_TYPES.has(event.event_type);
}

interface WarningRecord {
  /** A string, except for a 6.1.0 permissive acknowledgement of a non-string id (fails at assembly). */
  readonly warning_id: unknown;
  readonly event_id: string;
  readonly warning_type: string;
  /** The payload's array, copied when the entry is built (non-strings fail there, §8.10). */
  readonly participant_ids: readonly unknown[];
  /**
   * participant id → acknowledgement value (any JSON value; non-strings fail at assembly);
   * null until the first acknowledgement.
   */
  acks: Map<string, unknown> | null;
  /** The built entry, or null when the record changed since the last assembly. */
  entry: WarningEntry | null;
  /** The warning id's place in first-creation order (kept when a warning repeats). */
  readonly order: number;
}

// Dirty bits: which parts of the result changed since the last `finish`.
const PARTICIPANTS = 1;
const DEPARTED = 2;
const PRESENCE = 4;
const DRIVERS = 8;
const FOCUS = 16;
const FOCUS_INDEX = 32;
const WARNINGS = 64;
const DECISIONS = 128;
const COMMENTS = 256;
const EXECUTIONS = 512;
const SESSIONS = 1024;
const ANOMALIES = 2048;
const ALL = 4095;

const objectHasOwn = Object.prototype.hasOwnProperty;
const SURROGATE = /[\ud800-\udfff]/;
const EMPTY_OBJECT: Readonly<Record<string, unknown>> = Object.freeze({});

type Payload = Readonly<Record<string, unknown>>;

/**
 * Own-key read of a payload key (CONVENTIONS.md §7.1): `value` is `payload[key]`, loaded by
 * the caller with a literal key (a fast named load); it counts only when `key` is an own
 * property. Absent (not own, or `undefined`) gives `fallback`.
 */
function own(payload: Payload, key: string, value: unknown, fallback: unknown): unknown {
  return value !== undefined && objectHasOwn.call(payload, key) ? value : fallback;
}

/** The payload's `participant_id` when it is a valid id (a non-empty string), else null. */
function validPid(payload: Payload): string | null {
  const pid = payload.participant_id;
  return typeof pid === 'string' && pid !== '' && objectHasOwn.call(payload, 'participant_id') ? pid : null;
}

/** A frozen model instance from trusted, already-valid field values (declaration order). */
function trusted<M extends object>(proto: M, fields: Record<string, unknown>): M {
  return Object.freeze(Object.assign(Object.create(proto) as M, fields));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A constructor of `model` instances (its own prototype) from trusted field values that `init`
 * assigns in declaration order. `Object.create` + assignments keeps 4 fields in the object and
 * spills the rest into a second allocation; `new` sizes the object for every field (a comment
 * entry takes 64 bytes instead of 96). On long logs every comment and decision entry survives
 * into the old generation, so their size drives the garbage collector's copying time.
 */
function modelConstructor<M extends object, A extends unknown[]>(
  model: { readonly prototype: M },
  init: (this: Mutable<M>, ...args: A) => void,
): new (...args: A) => M {
  (init as { prototype: unknown }).prototype = model.prototype;
  return init as unknown as new (...args: A) => M;
}

const NewAnomaly = modelConstructor(CollaborationAnomaly, function (eventId: string, eventType: string, reason: string) {
  this.event_id = eventId;
  this.event_type = eventType;
  this.reason = reason;
});

const NewComment = modelConstructor(
  CommentEntry,
  function (commentId: string, eventId: string, participantId: string, content: string, replyTo: string | null) {
    this.comment_id = commentId;
    this.event_id = eventId;
    this.participant_id = participantId;
    this.content = content;
    this.reply_to = replyTo;
  },
);

const NewDecision = modelConstructor(
  DecisionEntry,
  function (
    decisionId: string,
    eventId: string,
    participantId: string,
    topic: string,
    chosenOption: string,
    referencedWarningId: string | null,
  ) {
    this.decision_id = decisionId;
    this.event_id = eventId;
    this.participant_id = participantId;
    this.topic = topic;
    this.chosen_option = chosenOption;
    this.referenced_warning_id = referencedWarningId;
  },
);

const NewWarning = modelConstructor(
  WarningEntry,
  function (
    warningId: string,
    eventId: string,
    warningType: string,
    participantIds: readonly string[],
    acknowledgements: ReadonlyMap<string, string>,
  ) {
    this.warning_id = warningId;
    this.event_id = eventId;
    this.warning_type = warningType;
    this.participant_ids = participantIds;
    this.acknowledgements = acknowledgements;
  },
);

/** Items per chunk of an `AppendList` (a chunk stays a small, ordinary heap object). */
const CHUNK = 1024;

/**
 * An append-only result list (comments, decisions, anomalies), kept in chunks and read back as
 * one frozen array. A single array that keeps growing moves to the large-object space past
 * ~16k items, where every regrowth maps fresh memory: on a 1M-event log that cost more than
 * the appends themselves. The frozen array is built pre-sized and reused until the next append.
 */
class AppendList<T> {
  private readonly chunks: T[][] = [];
  private size = 0;
  private last: Deferred<readonly T[]> = new Deferred(() => EMPTY_LIST, 0);

  push(item: T): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.length === CHUNK) {
      chunk = [];
      this.chunks.push(chunk);
    }
    chunk.push(item);
    this.size++;
  }

  /**
   * The items so far as a deferred frozen array (built on first access; chunks only grow, so
   * later appends are not in it), shared by the reads until the next append.
   */
  snapshot(): Deferred<readonly T[]> {
    const size = this.size;
    if (this.last.length === size) return this.last;
    const chunks = this.chunks;
    this.last = new Deferred(() => {
      const out = new Array<T>(size);
      let k = 0;
      for (let c = 0; k < size; c++) {
        const chunk = chunks[c]!;
        for (let i = 0; i < chunk.length && k < size; i++) out[k++] = chunk[i]!;
      }
      return Object.freeze(out);
    }, size);
    return this.last;
  }

  /** Every item in order, as a frozen array. */
  toFrozenArray(): readonly T[] {
    return this.snapshot().value();
  }
}

const NewFocusTarget = modelConstructor(FocusTarget, function (type: FocusTarget['target_type'], id: string) {
  this.target_type = type;
  this.target_id = id;
});

/** Python's `TypeError` for a list or dict used as a set member or dict key. */
function unhashable(value: object): TypeError {
  return new TypeError(`unhashable type: '${Array.isArray(value) ? 'list' : 'dict'}'`);
}

/** `participant_identity` as the reducer accepts it: a plain object that validates (§8.6). */
function identityFrom(raw: unknown, model: typeof ParticipantIdentity): ParticipantIdentity | null {
  if (!isPlainObject(raw)) return null;
  const parsed = model.safeFromDict(raw);
  return parsed.ok ? parsed.value : null;
}

/**
 * A participant's focus during the fold: the target's parts; the `FocusTarget` model is built
 * when a result's map is read (most focus changes are replaced before any read sees them).
 */
interface FocusRecord {
  readonly type: FocusTarget['target_type'];
  readonly id: string;
  /** The index key `"<target_type>:<target_id>"` (§8.5). */
  readonly key: string;
  built: FocusTarget | null;
}

function focusRecord(type: FocusTarget['target_type'], id: string, built: FocusTarget | null): FocusRecord {
  return { type, id, key: focusKey(type, id), built };
}

/** The `FocusTarget` of a record (built once, then shared by every result that holds it). */
function focusTargetOf(record: FocusRecord): FocusTarget {
  let target = record.built;
  if (target === null) {
    target = Object.freeze(new NewFocusTarget(record.type, record.id));
    record.built = target;
  }
  return target;
}

/**
 * The fast-path focus records of one fold, one per `(target_type, target_id)`: a log refocuses
 * on few targets, so a focus change reuses the record (and its index key string, already
 * hashed by the maps) instead of building both again. Records hold immutable parts and the
 * lazily built, frozen `FocusTarget`, so sharing them between participants and results is safe.
 */
class FocusRecords {
  private readonly byType = new Map<string, Map<string, FocusRecord>>();

  of(type: FocusTarget['target_type'], id: string): FocusRecord {
    let ids = this.byType.get(type);
    if (ids === undefined) {
      ids = new Map();
      this.byType.set(type, ids);
    }
    let record = ids.get(id);
    if (record === undefined) {
      record = focusRecord(type, id, null);
      ids.set(id, record);
    }
    return record;
  }
}

/**
 * `focus_target` as the reducer accepts it: a plain object that validates (§8.6). One whose
 * getters or Proxy traps throw is invalid (never a raw error).
 */
function focusTargetFrom(raw: unknown, records: FocusRecords): FocusRecord | null {
  try {
    return readFocusTarget(raw, records);
  } catch {
    return null;
  }
}

function readFocusTarget(raw: unknown, records: FocusRecords): FocusRecord | null {
  if (raw === undefined) return null; // the default {} never validates
  if (!isPlainObject(raw)) return null;
  const type = own(raw, 'target_type', raw.target_type, undefined);
  const id = own(raw, 'target_id', raw.target_id, undefined);
  // Fast path for the common, unambiguous case; anything else goes through the model.
  if ((type === 'wp' || type === 'step' || type === 'file') && typeof id === 'string' && id !== '' && !SURROGATE.test(id)) {
    return records.of(type, id);
  }
  const parsed = FocusTarget.safeFromDict(raw);
  if (!parsed.ok) return null;
  const target = parsed.value;
  return focusRecord(target.target_type, target.target_id, target);
}

function rosterEntries(roster: CollaborationRoster | null | undefined): [string, ParticipantIdentity][] {
  if (roster === null || roster === undefined) return [];
  if (isMapLike(roster)) return Array.from(roster as ReadonlyMap<string, ParticipantIdentity>);
  if (typeof roster !== 'object') return [];
  return Object.entries(roster as Readonly<Record<string, ParticipantIdentity>>);
}

function allStrings(values: Iterable<unknown>): boolean {
  for (const value of values) if (typeof value !== 'string') return false;
  return true;
}

const EMPTY_LIST: readonly never[] = Object.freeze([]);

/** Marks a completed step in `OpenSteps` until the next compaction. */
const HOLE: unique symbol = Symbol('completed step');

/** `OpenSteps` indexes a list once it grows past this length (short lists search faster). */
const INDEX_FROM = 64;

/**
 * One participant's started, not completed steps: a Python list with `append` and "remove the
 * first equal" (§8.6). Searching from the front and splicing made each completion cost the
 * list's length, so a list that keeps growing (steps never completed) turned a long log
 * quadratic. A long list is therefore indexed by Python equality class (`StepIndex`), and a
 * completion leaves a hole that is compacted away once holes outnumber the steps; both
 * operations are O(1) amortised (plus the size of the step value) for any JSON step id.
 */
class OpenSteps {
  /** Steps in start order; `HOLE` marks a completed one until compaction (indexed only). */
  private steps: unknown[] = [];
  private holes = 0;
  /** Null while the list is short. */
  private index: StepIndex | null = null;

  add(step: unknown): void {
    this.steps.push(step);
    if (this.index !== null) this.index.add(step, this.steps.length - 1);
    else if (this.steps.length >= INDEX_FROM) this.index = StepIndex.of(this.steps);
  }

  /** Removes the first step equal to `step` (Python equality); false when there is none. */
  remove(step: unknown): boolean {
    if (this.index === null) {
      const at = pyIndexOf(this.steps, step);
      if (at >= 0) this.steps.splice(at, 1);
      return at >= 0;
    }
    const at = this.index.takeFirst(step, this.steps);
    if (at < 0) return false;
    this.steps[at] = HOLE;
    this.holes++;
    if (this.holes * 2 > this.steps.length) this.compact();
    return true;
  }

  /** Whether every open step is a string (the state model accepts nothing else). */
  allStrings(): boolean {
    return this.index === null ? allStrings(this.steps) : this.index.nonStrings === 0;
  }

  /** The open steps in start order (a new array). */
  toArray(): unknown[] {
    return this.holes === 0 ? this.steps.slice() : this.steps.filter((step) => step !== HOLE);
  }

  private compact(): void {
    this.steps = this.toArray();
    this.holes = 0;
    this.index = StepIndex.of(this.steps);
  }
}

/**
 * The Python equality class of a JSON value other than a string, as a string: two values
 * get the same key exactly when `pyEquals` holds between them (numbers and booleans by
 * numeric value, `-0` as `0`; `null`; arrays element by element; plain objects by key set and
 * values, key order ignored; strings inside as JSON text). Null for a value outside that
 * model (NaN, which equals nothing; class instances, which equal only themselves; a value
 * that throws or nests deeper than the stack allows): such steps are matched by searching.
 */
function equalityClassKey(value: unknown): string | null {
  try {
    return classKeyOf(value);
  } catch {
    return null;
  }
}

function classKeyOf(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'n1' : 'n0';
    case 'number':
      return Number.isNaN(value) ? null : value === 0 ? 'n0' : `n${value}`;
    case 'undefined':
      return 'u';
    case 'object':
      break;
    default:
      return null;
  }
  if (value === null) return 'z';
  if (Array.isArray(value)) {
    let key = '[';
    for (let i = 0; i < value.length; i++) {
      const item = classKeyOf(value[i]);
      if (item === null) return null;
      key += i === 0 ? item : ',' + item;
    }
    return key + ']';
  }
  if (!isPlainObject(value)) return null;
  const names = Object.keys(value).sort();
  let key = '{';
  for (let i = 0; i < names.length; i++) {
    const item = classKeyOf(value[names[i]!]);
    if (item === null) return null;
    key += (i === 0 ? '' : ',') + JSON.stringify(names[i]) + ':' + item;
  }
  return key + '}';
}

/**
 * Positions of open starts per key, oldest first: a single position, or `[head, ...positions]`
 * when several were indexed (`head` indexes the oldest entry not yet taken).
 */
type Positions = Map<string, number | number[]>;

function addPosition(map: Positions, key: string, at: number): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, at);
  else if (typeof known === 'number') map.set(key, [1, known, at]);
  else known.push(at);
}

/**
 * The oldest position of `key` whose step is still open (`live`), or -1; entries that are no
 * longer live are dropped on the way (each once, so O(1) amortised).
 */
function peekPosition(map: Positions, key: string, live: (at: number) => boolean): number {
  const known = map.get(key);
  if (known === undefined) return -1;
  if (typeof known === 'number') {
    if (live(known)) return known;
    map.delete(key);
    return -1;
  }
  while (known[0]! < known.length) {
    const at = known[known[0]!]!;
    if (live(at)) return at;
    known[0]!++;
  }
  map.delete(key);
  return -1;
}

/** Drops the position `peekPosition` returned for `key`. */
function dropPosition(map: Positions, key: string): void {
  const known = map.get(key);
  if (typeof known === 'number') map.delete(key);
  else if (known !== undefined && ++known[0]! === known.length) map.delete(key);
}

/** Positions of the open steps of a long `OpenSteps` list. */
class StepIndex {
  /** String steps (a string equals only an identical string). */
  private readonly strings: Positions = new Map();
  /** Other steps by `equalityClassKey`. */
  private readonly classes: Positions = new Map();
  /** Positions of the open steps without a class key, ascending (searched with `pyEquals`). */
  private readonly others: number[] = [];
  /** How many open steps are not strings. */
  nonStrings = 0;

  static of(steps: readonly unknown[]): StepIndex {
    const index = new StepIndex();
    for (let i = 0; i < steps.length; i++) index.add(steps[i], i);
    return index;
  }

  add(step: unknown, at: number): void {
    if (typeof step === 'string') {
      addPosition(this.strings, step, at);
      return;
    }
    this.nonStrings++;
    const key = equalityClassKey(step);
    if (key === null) this.others.push(at);
    else addPosition(this.classes, key, at);
  }

  /**
   * The position of the first open step equal to `step`, taken out of the index; -1 if none.
   * A position taken by a search (below) stays in `classes` until met: `live` skips it.
   */
  takeFirst(step: unknown, steps: readonly unknown[]): number {
    if (typeof step === 'string') {
      const at = peekPosition(this.strings, step, ALWAYS);
      if (at >= 0) dropPosition(this.strings, step);
      return at;
    }
    const key = equalityClassKey(step);
    let at = -1;
    if (key === null) {
      // Outside the class model (never met in JSON input): search the open non-strings in order.
      for (let i = 0; i < steps.length; i++) {
        const open = steps[i];
        if (open !== HOLE && typeof open !== 'string' && pyEquals(open, step)) {
          at = i;
          break;
        }
      }
    } else {
      at = peekPosition(this.classes, key, (i) => steps[i] !== HOLE);
      const other = this.others.length === 0 ? -1 : this.firstOther(step, steps, at);
      if (other >= 0) at = other;
      else if (at >= 0) dropPosition(this.classes, key);
    }
    if (at < 0) return -1;
    if (this.others.length > 0) {
      const i = this.others.indexOf(at);
      if (i >= 0) this.others.splice(i, 1);
    }
    this.nonStrings--;
    return at;
  }

  /** The first keyless open step before `limit` (-1: anywhere) equal to `step`; -1 if none. */
  private firstOther(step: unknown, steps: readonly unknown[], limit: number): number {
    for (const at of this.others) {
      if (limit >= 0 && at > limit) break;
      if (pyEquals(steps[at], step)) return at;
    }
    return -1;
  }
}

const ALWAYS = (): boolean => true;

/** Internal: the whole-list fold behind `reduceCollaborationEvents` (not a root export). */
export const FOLD_LIST: typeof FOLD_SORTED = FOLD_SORTED;

/**
 * Internal (not exported from any entry point): the contract whose reducer rules a
 * `CollaborationReducer` class folds with, and the identity and state models it builds.
 * 2.1.0 is the default; a subclass registers other rules with `registerCollaborationRules`.
 * 6.1.0 differs in: invites do not activate (a separate invited map), departed participants
 * are rejected by every activity event (strict mode raises), a departed heartbeat still
 * records presence in permissive mode, strict mode raises on a completion without a started
 * step and on acknowledging an unknown warning (permissive records an "UnknownWarning"
 * entry), and a warning that arrives or repeats keeps the acknowledgements already recorded.
 */
export interface CollaborationRules {
  readonly contract: '2.1.0' | '6.1.0';
  readonly identity: typeof ParticipantIdentity;
  readonly state: typeof ReducedCollaborationState;
}

const RULES_2_1_0: CollaborationRules = Object.freeze({
  contract: '2.1.0',
  identity: ParticipantIdentity,
  state: ReducedCollaborationState,
});

const RULES_BY_CLASS = new Map<Function, CollaborationRules>();

/** Internal: makes instances of `reducerClass` fold with `rules` (see `CollaborationRules`). */
export function registerCollaborationRules(reducerClass: Function, rules: CollaborationRules): void {
  RULES_BY_CLASS.set(reducerClass, Object.freeze({ ...rules }));
}

/** The pid-specific SpecKittyEventsError of 6.1.0 strict mode: "… (event_id=…, event_type=…)". */
function integrityError(message: string, event: Event): SpecKittyEventsError {
  return new SpecKittyEventsError(`${message} (event_id=${event.event_id}, event_type=${event.event_type})`);
}

/**
 * Incremental collaboration reducer: `apply` events in any order, read `state` at any time;
 * `state` always equals `reduceCollaborationEvents(<every event applied>, options)` and throws
 * exactly where that function throws (strict-mode `UnknownParticipantError`, §8.10 failures).
 */
export class CollaborationReducer extends EventLogReducer<ReducedCollaborationState> {
  private readonly strict: boolean;
  private readonly roster: readonly (readonly [string, ParticipantIdentity])[];
  private readonly rules: CollaborationRules;
  /** Whether the 6.1.0 rules apply (see `CollaborationRules`). */
  private readonly v6: boolean;

  // Working state (§8.4). The maps and sets a result holds are histories sharing one clock:
  // a read takes O(1) views of them (issue 9 item 6), later writes keep what a view shows.
  private clock = new VersionClock();
  private missionId = '';
  /** Keys are participant ids (a roster may bring other keys; then assembly validates). */
  private participants = new MapHistory<ParticipantIdentity, unknown>(this.clock);
  private departed = new MapHistory<ParticipantIdentity, unknown>(this.clock);
  /** Entries of `participants` and `departed` the state model does not take as they are. */
  private foreignIdentities = 0;
  /** 6.1.0 only: invited, not yet joined participants (not part of the result). */
  private invited = new Map<string, ParticipantIdentity>();
  private presence = new MapHistory<PyDateTime>(this.clock);
  private drivers = new SetHistory<string>(this.clock);
  private focus = new MapHistory<FocusRecord>(this.clock);
  /** The index key of each participant's current focus (saves re-rendering it). */
  private focusKeys = new Map<string, string>();
  private focusRecords = new FocusRecords();
  private focusIndex = new Map<string, SetHistory<string>>();
  /** The result's `participants_by_focus`: a view per key, refreshed at a read for the keys that changed. */
  private focusViews = new MapHistory<ReadonlySet<string> | null>(this.clock);
  private focusChanged = new Set<string>();
  private warningMap = new Map<unknown, WarningRecord>();
  /** The result's warnings by id (first-creation order), refreshed at a read for the records that changed. */
  private warningEntries = new MapHistory<WarningEntry, unknown>(this.clock);
  private warningsChanged = new Set<unknown>();
  private decisions = new AppendList<DecisionEntry>();
  private comments = new AppendList<CommentEntry>();
  private anomalies = new AppendList<CollaborationAnomaly>();
  private executions = new Map<string, OpenSteps>();
  /** The result's `active_executions`: a frozen list per participant, refreshed at a read for those that changed. */
  private executionViews = new MapHistory<readonly string[] | null>(this.clock);
  private executionsChanged = new Set<string>();
  /** Participants whose open steps are not all strings (as of the last refresh). */
  private nonStringSteps = new Set<string>();
  private sessions = new Map<string, unknown[]>();
  private sessionViews = new MapHistory<readonly string[] | null>(this.clock);
  private sessionsChanged = new Set<string>();
  /** Participants with a linked session id that is not a string. */
  private nonStringSessions = new Set<string>();

  // Assembly cache: parts of the last result that are still current.
  private dirty = ALL;
  private built: {
    participants: ReadonlyMap<string, ParticipantIdentity>;
    departed: ReadonlyMap<string, ParticipantIdentity>;
    presence: ReadonlyMap<string, PyDateTime>;
    drivers: ReadonlySet<string>;
    focus: ReadonlyMap<string, FocusTarget>;
    focusIndex: ReadonlyMap<string, ReadonlySet<string>>;
    warnings: Deferred<readonly WarningEntry[]>;
    executions: ReadonlyMap<string, readonly string[]>;
    sessions: ReadonlyMap<string, readonly string[]>;
  } = {
    participants: new FrozenMap(),
    departed: new FrozenMap(),
    presence: new FrozenMap(),
    drivers: new FrozenSet(),
    focus: new FrozenMap(),
    focusIndex: new FrozenMap(),
    warnings: new Deferred(() => EMPTY_LIST, 0),
    executions: new FrozenMap(),
    sessions: new FrozenMap(),
  };

  constructor(options: CollaborationReduceOptions | null = {}) {
    super();
    this.rules = RULES_BY_CLASS.get(new.target) ?? RULES_2_1_0;
    this.v6 = this.rules.contract === '6.1.0';
    const opts = options ?? {};
    this.strict = opts.mode === undefined || opts.mode === 'strict';
    this.roster = Object.freeze(rosterEntries(opts.roster));
    this.reset();
  }

  protected keeps(event: Event): boolean {
    return COLLABORATION_EVENT_TYPES.has(event.event_type);
  }

  protected reset(): void {
    const clock = new VersionClock();
    this.clock = clock;
    this.missionId = '';
    this.participants = new MapHistory(clock);
    this.departed = new MapHistory(clock);
    this.foreignIdentities = 0;
    for (const [pid, identity] of this.roster) this.setIdentity(this.participants, pid, identity);
    this.invited = new Map();
    this.presence = new MapHistory(clock);
    this.drivers = new SetHistory(clock);
    this.focus = new MapHistory(clock);
    this.focusKeys = new Map();
    this.focusRecords = new FocusRecords();
    this.focusIndex = new Map();
    this.focusViews = new MapHistory(clock);
    this.focusChanged = new Set();
    this.warningMap = new Map();
    this.warningEntries = new MapHistory(clock);
    this.warningsChanged = new Set();
    this.decisions = new AppendList<DecisionEntry>();
    this.comments = new AppendList<CommentEntry>();
    this.anomalies = new AppendList<CollaborationAnomaly>();
    this.executions = new Map();
    this.executionViews = new MapHistory(clock);
    this.executionsChanged = new Set();
    this.nonStringSteps = new Set();
    this.sessions = new Map();
    this.sessionViews = new MapHistory(clock);
    this.sessionsChanged = new Set();
    this.nonStringSessions = new Set();
    this.dirty = ALL;
  }

  /** Whether the state model takes a roster entry as it is (a string key, an identity model). */
  private isForeign(key: unknown, identity: unknown): boolean {
    return typeof key !== 'string' || !(identity instanceof this.rules.identity);
  }

  private setIdentity(map: MapHistory<ParticipantIdentity, unknown>, key: unknown, identity: ParticipantIdentity): void {
    if (map.has(key) && this.isForeign(key, map.get(key))) this.foreignIdentities--;
    map.set(key, identity);
    if (this.isForeign(key, identity)) this.foreignIdentities++;
  }

  private deleteIdentity(map: MapHistory<ParticipantIdentity, unknown>, key: unknown): boolean {
    if (!map.has(key)) return false;
    if (this.isForeign(key, map.get(key))) this.foreignIdentities--;
    return map.delete(key);
  }

  protected step(event: Event, index: number): void {
    const payload: Payload = event.payload;
    if (index === 0) {
      const mission = own(payload, 'mission_id', payload.mission_id, '');
      this.missionId = typeof mission === 'string' ? mission : '';
    }
    switch (event.event_type) {
      case PRESENCE_HEARTBEAT:
        return this.onHeartbeat(event, payload);
      case DRIVE_INTENT_SET:
        return this.onDriveIntent(event, payload);
      case FOCUS_CHANGED:
        return this.onFocus(event, payload);
      case PROMPT_STEP_EXECUTION_STARTED:
        return this.onStepStarted(event, payload);
      case PROMPT_STEP_EXECUTION_COMPLETED:
        return this.onStepCompleted(event, payload);
      case CONCURRENT_DRIVER_WARNING:
      case POTENTIAL_STEP_COLLISION_DETECTED:
        return this.onWarning(event, payload);
      case WARNING_ACKNOWLEDGED:
        return this.onAcknowledged(event, payload);
      case COMMENT_POSTED:
        return this.onComment(event, payload);
      case DECISION_CAPTURED:
        return this.onDecision(event, payload);
      case SESSION_LINKED:
        return this.onSessionLinked(event, payload);
      case PARTICIPANT_INVITED:
        return this.onInvited(event, payload);
      case PARTICIPANT_JOINED:
        return this.onJoined(event, payload);
      case PARTICIPANT_LEFT:
        return this.onLeft(event, payload);
      default:
        return;
    }
  }

  // ---- helpers (§8.5) -------------------------------------------------------------------

  private anomaly(event: Event, reason: string): void {
    this.anomalies.push(Object.freeze(new NewAnomaly(event.event_id, event.event_type, reason)));
    this.dirty |= ANOMALIES;
  }

  /** KNOWN(x): in the roster; else raise (strict) or record an anomaly (any other mode). */
  private known(x: unknown, event: Event): boolean {
    if (typeof x === 'object' && x !== null) throw unhashable(x);
    if (this.participants.has(x as string)) return true;
    if (this.v6 && this.departed.has(x as string)) {
      if (this.strict) throw integrityError(`Participant ${pyRepr(x)} has departed`, event);
      this.anomaly(event, `Participant ${pyRepr(x)} has departed`);
      return false;
    }
    const id = (x === undefined ? null : x) as ParticipantIdValue;
    if (this.strict) throw new UnknownParticipantError(id, event.event_id, event.event_type);
    this.anomaly(event, `Unknown participant ${pyRepr(id)}`);
    return false;
  }

  /** UNFOCUS(pid): take pid out of its focus key's set; drop the key when it empties. */
  private unfocus(pid: string): void {
    const key = this.focusKeys.get(pid);
    if (key === undefined) return;
    const members = this.focusIndex.get(key);
    if (members === undefined) return;
    members.delete(pid);
    if (members.size === 0) {
      this.focusIndex.delete(key);
      this.focusViews.delete(key);
      this.focusChanged.delete(key);
    } else this.focusChanged.add(key);
    this.dirty |= FOCUS_INDEX;
  }

  // ---- roster events --------------------------------------------------------------------

  private onInvited(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null) return this.anomaly(event, 'Missing participant_id in payload');
    const identity = identityFrom(own(payload, 'participant_identity', payload.participant_identity, EMPTY_OBJECT), this.rules.identity);
    if (identity === null) return this.anomaly(event, 'Invalid participant_identity in payload');
    if (this.v6) {
      if (this.participants.has(pid) || this.invited.has(pid)) {
        return this.anomaly(event, `Participant ${pyRepr(pid)} already invited or active (duplicate invite)`);
      }
      this.invited.set(pid, identity);
      return;
    }
    if (this.participants.has(pid)) {
      return this.anomaly(event, `Participant ${pyRepr(pid)} already in roster (duplicate invite)`);
    }
    this.setIdentity(this.participants, pid, identity);
    this.dirty |= PARTICIPANTS;
  }

  private onJoined(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null) return this.anomaly(event, 'Missing participant_id in payload');
    const identity = identityFrom(own(payload, 'participant_identity', payload.participant_identity, EMPTY_OBJECT), this.rules.identity);
    if (identity === null) return this.anomaly(event, 'Invalid participant_identity in payload');
    if (this.participants.has(pid) && !this.departed.has(pid)) {
      return this.anomaly(event, `Duplicate join for participant ${pyRepr(pid)}`);
    }
    if (this.deleteIdentity(this.departed, pid)) this.dirty |= DEPARTED;
    this.invited.delete(pid);
    this.setIdentity(this.participants, pid, identity);
    this.dirty |= PARTICIPANTS;
  }

  private onLeft(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null) return this.anomaly(event, 'Missing participant_id in payload');
    const identity = this.participants.get(pid);
    if (identity === undefined && !this.participants.has(pid)) {
      return this.anomaly(event, `Participant ${pyRepr(pid)} not in roster (duplicate leave or unknown)`);
    }
    this.deleteIdentity(this.participants, pid);
    this.setIdentity(this.departed, pid, identity!);
    this.dirty |= PARTICIPANTS | DEPARTED;
    if (this.drivers.delete(pid)) this.dirty |= DRIVERS;
    this.unfocus(pid);
    this.focusKeys.delete(pid);
    if (this.focus.delete(pid)) this.dirty |= FOCUS;
    if (this.presence.delete(pid)) this.dirty |= PRESENCE;
    if (this.executions.delete(pid)) {
      this.executionViews.delete(pid);
      this.executionsChanged.delete(pid);
      this.nonStringSteps.delete(pid);
      this.dirty |= EXECUTIONS;
    }
  }

  // ---- activity events ------------------------------------------------------------------

  private onHeartbeat(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null) return;
    if (!this.known(pid, event)) {
      // 6.1.0 permissive: a departed participant's heartbeat still records the timestamp.
      if (!this.v6 || !this.departed.has(pid)) return;
    }
    this.presence.set(pid, event.timestamp);
    this.dirty |= PRESENCE;
  }

  private onDriveIntent(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const intent = own(payload, 'intent', payload.intent, undefined);
    if (intent === 'active') {
      if (!this.drivers.has(pid)) {
        this.drivers.add(pid);
        this.dirty |= DRIVERS;
      }
    } else if (intent === 'inactive') {
      if (this.drivers.delete(pid)) this.dirty |= DRIVERS;
    }
  }

  private onFocus(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const target = focusTargetFrom(own(payload, 'focus_target', payload.focus_target, undefined), this.focusRecords);
    if (target === null) return this.anomaly(event, 'Invalid focus_target in payload');
    this.unfocus(pid);
    const key = target.key;
    this.focus.set(pid, target);
    this.focusKeys.set(pid, key);
    let members = this.focusIndex.get(key);
    if (members === undefined) {
      members = new SetHistory(this.clock);
      this.focusIndex.set(key, members);
      this.focusViews.set(key, null); // the key's place in the result's order; its view is set at the next read
    }
    members.add(pid);
    this.focusChanged.add(key);
    this.dirty |= FOCUS | FOCUS_INDEX;
  }

  private onStepStarted(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const step = own(payload, 'step_id', payload.step_id, '');
    let steps = this.executions.get(pid);
    if (steps === undefined) {
      steps = new OpenSteps();
      this.executions.set(pid, steps);
      this.executionViews.set(pid, null); // the participant's place in the result's order
    }
    steps.add(step);
    this.executionsChanged.add(pid);
    this.dirty |= EXECUTIONS;
  }

  private onStepCompleted(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const step = own(payload, 'step_id', payload.step_id, '');
    const steps = this.executions.get(pid);
    if (steps === undefined || !steps.remove(step)) {
      if (this.v6 && this.strict) {
        throw integrityError(`No matching PromptStepExecutionStarted for step ${pyRepr(step)} by participant ${pyRepr(pid)}`, event);
      }
      return this.anomaly(
        event,
        `No matching PromptStepExecutionStarted for step ${pyRepr(step)} by participant ${pyRepr(pid)}`,
      );
    }
    this.executionsChanged.add(pid);
    this.dirty |= EXECUTIONS;
  }

  private onWarning(event: Event, payload: Payload): void {
    const warningId = own(payload, 'warning_id', payload.warning_id, '');
    if (typeof warningId !== 'string' || warningId === '') return;
    const rawIds = own(payload, 'participant_ids', payload.participant_ids, EMPTY_LIST);
    if (!Array.isArray(rawIds)) return;
    const ids = arrayElements(rawIds); // a sparse array is its real elements
    for (let i = 0; i < ids.length; i++) this.known(ids[i], event);
    // 6.1.0: a warning that arrives (after an orphan acknowledgement) or repeats keeps its acks.
    const known = this.warningMap.get(warningId);
    const acks = this.v6 ? known?.acks ?? null : null;
    this.warningsChanged.add(warningId);
    this.warningMap.set(warningId, {
      order: known?.order ?? this.warningMap.size,
      warning_id: warningId,
      event_id: event.event_id,
      warning_type: event.event_type,
      participant_ids: ids,
      acks,
      entry: null,
    });
    this.dirty |= WARNINGS;
  }

  private onAcknowledged(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const warningId = own(payload, 'warning_id', payload.warning_id, '');
    if (typeof warningId === 'object' && warningId !== null) throw unhashable(warningId);
    const record = typeof warningId === 'string' || this.v6 ? this.warningMap.get(warningId) : undefined;
    if (record === undefined && this.v6) return this.orphanAcknowledgement(event, payload, pid, warningId);
    if (record === undefined) return this.anomaly(event, `Warning ${pyRepr(warningId)} not found`);
    if (record.acks === null) record.acks = new Map();
    record.acks.set(pid, own(payload, 'acknowledgement', payload.acknowledgement, ''));
    record.entry = null;
    this.warningsChanged.add(warningId);
    this.dirty |= WARNINGS;
  }

  /**
   * 6.1.0: an acknowledgement of a warning not (yet) seen. Strict mode raises; permissive mode
   * records the anomaly and keeps the acknowledgement in an "UnknownWarning" entry.
   */
  private orphanAcknowledgement(event: Event, payload: Payload, pid: string, warningId: unknown): void {
    if (this.strict) throw integrityError(`Warning ${pyRepr(warningId)} not found`, event);
    this.anomaly(event, `Warning ${pyRepr(warningId)} not found`);
    this.warningsChanged.add(warningId);
    this.warningMap.set(warningId, {
      order: this.warningMap.size,
      warning_id: warningId,
      event_id: event.event_id,
      warning_type: 'UnknownWarning',
      participant_ids: [pid],
      acks: new Map([[pid, own(payload, 'acknowledgement', payload.acknowledgement, '')]]),
      entry: null,
    });
    this.dirty |= WARNINGS;
  }

  private onComment(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const commentId = own(payload, 'comment_id', payload.comment_id, '');
    const content = own(payload, 'content', payload.content, '');
    const replyTo = own(payload, 'reply_to', payload.reply_to, null);
    if (typeof commentId === 'string' && typeof content === 'string' && (replyTo === null || typeof replyTo === 'string')) {
      this.comments.push(Object.freeze(new NewComment(commentId, event.event_id, pid, content, replyTo)));
    } else {
      // An invalid field fails the entry's validation here, as in the reference (§8.10).
      this.comments.push(
        CommentEntry.fromDict({
          comment_id: commentId,
          event_id: event.event_id,
          participant_id: pid,
          content,
          reply_to: replyTo,
        }),
      );
    }
    this.dirty |= COMMENTS;
  }

  private onDecision(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const decisionId = own(payload, 'decision_id', payload.decision_id, '');
    const topic = own(payload, 'topic', payload.topic, '');
    const chosenOption = own(payload, 'chosen_option', payload.chosen_option, '');
    const warningId = own(payload, 'referenced_warning_id', payload.referenced_warning_id, null);
    if (
      typeof decisionId === 'string' &&
      typeof topic === 'string' &&
      typeof chosenOption === 'string' &&
      (warningId === null || typeof warningId === 'string')
    ) {
      this.decisions.push(
        Object.freeze(new NewDecision(decisionId, event.event_id, pid, topic, chosenOption, warningId)),
      );
    } else {
      this.decisions.push(
        DecisionEntry.fromDict({
          decision_id: decisionId,
          event_id: event.event_id,
          participant_id: pid,
          topic,
          chosen_option: chosenOption,
          referenced_warning_id: warningId,
        }),
      );
    }
    this.dirty |= DECISIONS;
  }

  private onSessionLinked(event: Event, payload: Payload): void {
    const pid = validPid(payload);
    if (pid === null || !this.known(pid, event)) return;
    const linked = own(payload, 'linked_session_id', payload.linked_session_id, '');
    let list = this.sessions.get(pid);
    if (list === undefined) {
      list = [];
      this.sessions.set(pid, list);
      this.sessionViews.set(pid, null); // the participant's place in the result's order
    }
    list.push(linked);
    if (typeof linked !== 'string') this.nonStringSessions.add(pid);
    this.sessionsChanged.add(pid);
    this.dirty |= SESSIONS;
  }

  // ---- assembly (§8.7) ------------------------------------------------------------------

  protected finish(log: readonly Event[]): ReducedCollaborationState {
    if (log.length === 0) return emptyState(this.rules.state);
    const dirty = this.dirty;
    const built = this.built;
    // Warnings are validated first, in map order (§8.10).
    const warnings = dirty & WARNINGS ? this.buildWarnings() : built.warnings;
    if (dirty & EXECUTIONS) this.refreshStepChecks();
    if (!this.assemblyIsValid()) return this.assembleSlowly(log, warnings.value());

    // A read costs O(change): every map and set is an O(1) view of its history (shared with
    // earlier reads while unchanged), the lists are deferred snapshots of append-only lists;
    // only the per-key values that changed since the last read are rebuilt.
    if (dirty & FOCUS_INDEX) this.refreshFocusViews();
    if (dirty & EXECUTIONS) this.refreshExecutionViews();
    if (dirty & SESSIONS) this.refreshSessionViews();
    const next = {
      participants: dirty & PARTICIPANTS ? (this.participants.view(asIs) as ReadonlyMap<string, ParticipantIdentity>) : built.participants,
      departed: dirty & DEPARTED ? (this.departed.view(asIs) as ReadonlyMap<string, ParticipantIdentity>) : built.departed,
      presence: dirty & PRESENCE ? this.presence.view(asIs) : built.presence,
      drivers: dirty & DRIVERS ? this.drivers.view() : built.drivers,
      focus: dirty & FOCUS ? this.focus.view(focusTargetOf) : built.focus,
      focusIndex: dirty & FOCUS_INDEX ? (this.focusViews.view(asIs) as ReadonlyMap<string, ReadonlySet<string>>) : built.focusIndex,
      warnings,
      executions: dirty & EXECUTIONS ? (this.executionViews.view(asIs) as ReadonlyMap<string, readonly string[]>) : built.executions,
      sessions: dirty & SESSIONS ? (this.sessionViews.view(asIs) as ReadonlyMap<string, readonly string[]>) : built.sessions,
    };
    this.built = next;
    this.dirty = 0;
    return constructDeferredModel(this.rules.state, {
      mission_id: this.missionId,
      participants: next.participants,
      departed_participants: next.departed,
      presence: next.presence,
      active_drivers: next.drivers,
      focus_by_participant: next.focus,
      participants_by_focus: next.focusIndex,
      warnings: next.warnings,
      decisions: this.decisions.snapshot(),
      comments: this.comments.snapshot(),
      active_executions: next.executions,
      linked_sessions: next.sessions,
      anomalies: this.anomalies.snapshot(),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }

  /** The members of each focus key that changed since the last read, as a view. */
  private refreshFocusViews(): void {
    for (const key of this.focusChanged) this.focusViews.set(key, this.focusIndex.get(key)!.view());
    this.focusChanged.clear();
  }

  /** Which participants' open steps are not all strings, for those that changed since the last read. */
  private refreshStepChecks(): void {
    for (const pid of this.executionsChanged) {
      const steps = this.executions.get(pid);
      if (steps === undefined || steps.allStrings()) this.nonStringSteps.delete(pid);
      else this.nonStringSteps.add(pid);
    }
  }

  /** The open steps of each participant that changed since the last read, frozen (all strings: checked). */
  private refreshExecutionViews(): void {
    for (const pid of this.executionsChanged) {
      const steps = this.executions.get(pid);
      if (steps !== undefined) this.executionViews.set(pid, Object.freeze(steps.toArray() as string[]));
    }
    this.executionsChanged.clear();
  }

  /** The linked sessions of each participant that changed since the last read, frozen. */
  private refreshSessionViews(): void {
    for (const pid of this.sessionsChanged) this.sessionViews.set(pid, Object.freeze(this.sessions.get(pid)!.slice() as string[]));
    this.sessionsChanged.clear();
  }

  /**
   * One entry per warning id in first-creation order; a bad record fails its validation (the
   * first in that order). Only the records changed since the last read are (re)built; the
   * list is a deferred view of the entries.
   */
  private buildWarnings(): Deferred<readonly WarningEntry[]> {
    const changed = Array.from(this.warningsChanged, (id) => this.warningMap.get(id)!);
    if (changed.length > 1) changed.sort((a, b) => a.order - b.order);
    for (const record of changed) this.warningEntries.set(record.warning_id, warningEntry(record));
    this.warningsChanged.clear();
    const entries = this.warningEntries.view(asIs);
    return new Deferred(() => Object.freeze(Array.from(entries.values())), entries.size);
  }

  /** Whether every part holds only values the state model accepts as they are (counted as they change). */
  private assemblyIsValid(): boolean {
    return this.foreignIdentities === 0 && this.nonStringSteps.size === 0 && this.nonStringSessions.size === 0;
  }

  /**
   * Validates the raw working state with the state model: throws its `ValidationError` for a
   * non-string step or session id (§8.10), or converts roster values given as plain objects.
   */
  private assembleSlowly(log: readonly Event[], warnings: readonly WarningEntry[]): ReducedCollaborationState {
    return this.rules.state.fromDict({
      mission_id: this.missionId,
      participants: new Map(this.participants.entries()),
      departed_participants: new Map(this.departed.entries()),
      presence: new Map(this.presence.entries()),
      active_drivers: new Set(this.drivers.values()),
      focus_by_participant: new Map(Array.from(this.focus.entries(), ([pid, record]) => [pid, focusTargetOf(record)])),
      participants_by_focus: new Map(Array.from(this.focusIndex, ([key, members]) => [key, [...members.values()]])),
      warnings,
      decisions: this.decisions.toFrozenArray(),
      comments: this.comments.toFrozenArray(),
      active_executions: new Map(Array.from(this.executions, ([pid, steps]) => [pid, steps.toArray()])),
      linked_sessions: this.sessions,
      anomalies: this.anomalies.toFrozenArray(),
      event_count: log.length,
      last_processed_event_id: log[log.length - 1]!.event_id,
    });
  }
}

const asIs = <T>(value: T): T => value;

/** The entry of a warning record (built once per change); a bad record fails its validation. */
function warningEntry(record: WarningRecord): WarningEntry {
  let entry = record.entry;
  if (entry === null) {
    const acks = record.acks;
    const warningId = record.warning_id;
    if (typeof warningId === 'string' && allStrings(record.participant_ids) && (acks === null || allStrings(acks.values()))) {
      entry = Object.freeze(
        new NewWarning(
          warningId,
          record.event_id,
          record.warning_type,
          Object.freeze(record.participant_ids.slice() as string[]),
          new FrozenMap((acks ?? []) as Iterable<[string, string]>),
        ),
      );
    } else {
      entry = WarningEntry.fromDict({
        warning_id: record.warning_id,
        event_id: record.event_id,
        warning_type: record.warning_type,
        participant_ids: record.participant_ids,
        acknowledgements: acks ?? new FrozenMap(),
      });
    }
    record.entry = entry;
  }
  return entry;
}

/**
 * The §8.1 early result: `mission_id ""`, everything else at its default, roster ignored.
 * Built per call: no two results share a collection.
 */
function emptyState(model: typeof ReducedCollaborationState): ReducedCollaborationState {
  return trusted(model.prototype, {
    mission_id: '',
    participants: new FrozenMap(),
    departed_participants: new FrozenMap(),
    presence: new FrozenMap(),
    active_drivers: new FrozenSet(),
    focus_by_participant: new FrozenMap(),
    participants_by_focus: new FrozenMap(),
    warnings: EMPTY_LIST,
    decisions: EMPTY_LIST,
    comments: EMPTY_LIST,
    active_executions: new FrozenMap(),
    linked_sessions: new FrozenMap(),
    anomalies: EMPTY_LIST,
    event_count: 0,
    last_processed_event_id: null,
  });
}

/**
 * Reduces collaboration events to the mission's collaboration state (COLLABORATION.md §8).
 * Pure: the input and the caller's roster are not changed. Strict mode (the default) throws
 * `UnknownParticipantError` for the first event naming a participant outside the roster.
 */
export function reduceCollaborationEvents(
  events: readonly Event[],
  options: CollaborationReduceOptions | null = {},
): ReducedCollaborationState {
  return new CollaborationReducer(options)[FOLD_LIST](sortedUniqueEvents(events, isCollaborationEvent));
}
