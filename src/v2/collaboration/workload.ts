/**
 * The reference benchmark workload of COLLABORATION.md §10 ("Benchmark"), reproduced with a
 * seeded generator (a port may use any seeded generator with the same weights):
 *
 * - `participants` `llm_context` participants `agent-000`, `agent-001`, …, each joined once
 *   (clocks 1…participants); the benchmark also seeds them as the roster
 *   (`referenceRoster`), so every join is a `Duplicate join` anomaly in permissive mode;
 * - then weighted draws: heartbeat 30, drive intent 10, focus 10, step start 8, step
 *   completion 7, ConcurrentDriverWarning 5, acknowledgement 5, comment 10, decision 5,
 *   session link 10 (no invites, leaves or collision warnings);
 * - a completion always targets an open step of its participant (a start is inserted first if
 *   none is open); an acknowledgement always targets an existing warning (one is inserted
 *   first if none exists);
 * - the list is cut to exactly `count` events; clocks strictly increase (1, 2, 3, …) and the
 *   timestamp is `2026-01-01T00:00:00Z` + clock seconds.
 *
 * Deterministic: the same `(count, participants, seed)` always gives the same events.
 */
import { Event } from '../envelope/event';
import {
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_JOINED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from './constants';
import { ParticipantIdentity } from './identity';

export interface ReferenceWorkloadOptions {
  /** Number of participants (default 50). */
  readonly participants?: number;
  /** Seed of the generator (default 42). */
  readonly seed?: number;
}

export const REFERENCE_MISSION_ID = 'M-BENCH';
const AGGREGATE_ID = `mission/${REFERENCE_MISSION_ID}`;
const PROJECT_UUID = '12345678-1234-5678-1234-567812345678';
const CORRELATION_ID = '01JBENCHRUN000000000000042';
const NODE_ID = 'bench-node-1';
const BASE_MS = Date.UTC(2026, 0, 1, 0, 0, 0);

/** The draw weights of §10, in a fixed order. */
const WEIGHTS = [
  ['heartbeat', 30],
  ['intent', 10],
  ['focus', 10],
  ['start', 8],
  ['complete', 7],
  ['warning', 5],
  ['ack', 5],
  ['comment', 10],
  ['decision', 5],
  ['link', 10],
] as const;
type Draw = (typeof WEIGHTS)[number][0];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

const TARGET_TYPES = ['wp', 'step', 'file'] as const;
const ACKS = ['continue', 'hold', 'reassign', 'defer'] as const;
const OUTCOMES = ['success', 'failure', 'skipped'] as const;
const LINK_TYPES = ['cli_to_saas', 'saas_to_cli'] as const;

/** mulberry32: a small, fast, seeded 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `agent-000`, `agent-001`, … (at least three digits). */
export function referenceParticipantId(index: number): string {
  return `agent-${String(index).padStart(3, '0')}`;
}

function identityDict(id: string): Record<string, unknown> {
  return { participant_id: id, participant_type: 'llm_context', display_name: `Agent ${id.slice(6)}`, session_id: `sess-${id}` };
}

/** The roster the reference benchmark seeds: every workload participant, in order. */
export function referenceRoster(participants = 50): ReadonlyMap<string, ParticipantIdentity> {
  const roster = new Map<string, ParticipantIdentity>();
  for (let i = 0; i < participants; i++) {
    const id = referenceParticipantId(i);
    roster.set(id, ParticipantIdentity.fromDict(identityDict(id)));
  }
  return roster;
}

function timestampFor(clock: number): string {
  return new Date(BASE_MS + clock * 1000).toISOString().replace('.000Z', 'Z');
}

function eventIdFor(n: number): string {
  return `01JBENCH${String(n).padStart(18, '0')}`;
}

/** Builds the reference workload: exactly `count` valid collaboration `Event`s. */
export function buildReferenceWorkload(count: number, options: ReferenceWorkloadOptions = {}): Event[] {
  const participantCount = options.participants ?? 50;
  const seed = options.seed ?? 42;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  if (!Number.isInteger(participantCount) || participantCount < 2) {
    throw new RangeError('participants must be an integer of at least 2');
  }
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ids = Array.from({ length: participantCount }, (_, i) => referenceParticipantId(i));

  const events: Event[] = [];
  let clock = 0;
  const emit = (type: string, payload: Record<string, unknown>): void => {
    if (events.length >= count) return;
    clock++;
    events.push(
      Event.fromDict({
        event_id: eventIdFor(clock),
        event_type: type,
        aggregate_id: AGGREGATE_ID,
        payload,
        timestamp: timestampFor(clock),
        node_id: NODE_ID,
        lamport_clock: clock,
        project_uuid: PROJECT_UUID,
        correlation_id: CORRELATION_ID,
      }),
    );
  };

  for (const id of ids) {
    emit(PARTICIPANT_JOINED, { participant_id: id, participant_identity: identityDict(id), mission_id: REFERENCE_MISSION_ID });
  }

  const openSteps = new Map<string, string[]>();
  const warnings: { readonly id: string; readonly participants: readonly string[] }[] = [];
  const commentIds: string[] = [];
  let stepSeq = 0;
  let warningSeq = 0;
  let commentSeq = 0;
  let decisionSeq = 0;
  let sessionSeq = 0;

  const start = (pid: string): void => {
    const step = `step-${++stepSeq}`;
    let open = openSteps.get(pid);
    if (open === undefined) openSteps.set(pid, (open = []));
    open.push(step);
    emit(PROMPT_STEP_EXECUTION_STARTED, {
      participant_id: pid,
      mission_id: REFERENCE_MISSION_ID,
      step_id: step,
      wp_id: `WP${String(1 + (stepSeq % 12)).padStart(2, '0')}`,
      step_description: `Step ${stepSeq}`,
    });
  };
  const focusTarget = (): Record<string, unknown> => {
    const type = pick(TARGET_TYPES);
    const n = Math.floor(random() * 20);
    const id = type === 'wp' ? `WP${String(n).padStart(2, '0')}` : type === 'step' ? `step-${n}` : `src/module_${n}.py`;
    return { target_type: type, target_id: id };
  };
  const warn = (): void => {
    const first = Math.floor(random() * participantCount);
    let second = Math.floor(random() * (participantCount - 1));
    if (second >= first) second++;
    const participants = [ids[first]!, ids[second]!];
    const id = `warn-${++warningSeq}`;
    warnings.push({ id, participants });
    emit(CONCURRENT_DRIVER_WARNING, {
      warning_id: id,
      mission_id: REFERENCE_MISSION_ID,
      participant_ids: participants,
      focus_target: focusTarget(),
      severity: random() < 0.5 ? 'info' : 'warning',
    });
  };

  while (events.length < count) {
    let roll = random() * TOTAL_WEIGHT;
    let draw: Draw = 'heartbeat';
    for (const [name, weight] of WEIGHTS) {
      if (roll < weight) {
        draw = name;
        break;
      }
      roll -= weight;
    }
    const pid = pick(ids);
    switch (draw) {
      case 'heartbeat':
        emit(PRESENCE_HEARTBEAT, { participant_id: pid, mission_id: REFERENCE_MISSION_ID, session_id: `sess-${pid}` });
        break;
      case 'intent':
        emit(DRIVE_INTENT_SET, { participant_id: pid, mission_id: REFERENCE_MISSION_ID, intent: random() < 0.6 ? 'active' : 'inactive' });
        break;
      case 'focus':
        emit(FOCUS_CHANGED, { participant_id: pid, mission_id: REFERENCE_MISSION_ID, focus_target: focusTarget() });
        break;
      case 'start':
        start(pid);
        break;
      case 'complete': {
        let open = openSteps.get(pid);
        if (open === undefined || open.length === 0) {
          start(pid);
          open = openSteps.get(pid)!;
        }
        const at = Math.floor(random() * open.length);
        const step = open[at]!;
        open.splice(at, 1);
        emit(PROMPT_STEP_EXECUTION_COMPLETED, {
          participant_id: pid,
          mission_id: REFERENCE_MISSION_ID,
          step_id: step,
          outcome: pick(OUTCOMES),
        });
        break;
      }
      case 'warning':
        warn();
        break;
      case 'ack': {
        if (warnings.length === 0) warn();
        const warning = pick(warnings);
        emit(WARNING_ACKNOWLEDGED, {
          participant_id: pick(warning.participants),
          mission_id: REFERENCE_MISSION_ID,
          warning_id: warning.id,
          acknowledgement: pick(ACKS),
        });
        break;
      }
      case 'comment': {
        const id = `c-${++commentSeq}`;
        const replyTo = commentIds.length > 0 && random() < 0.5 ? pick(commentIds) : null;
        commentIds.push(id);
        emit(COMMENT_POSTED, {
          participant_id: pid,
          mission_id: REFERENCE_MISSION_ID,
          comment_id: id,
          content: `Comment ${commentSeq} from ${pid}`,
          reply_to: replyTo,
        });
        break;
      }
      case 'decision': {
        const id = `dec-${++decisionSeq}`;
        emit(DECISION_CAPTURED, {
          participant_id: pid,
          mission_id: REFERENCE_MISSION_ID,
          decision_id: id,
          topic: `Topic ${decisionSeq}`,
          chosen_option: `option-${Math.floor(random() * 3)}`,
          rationale: 'benchmark',
          referenced_warning_id: warnings.length > 0 && random() < 0.3 ? pick(warnings).id : null,
        });
        break;
      }
      case 'link':
        emit(SESSION_LINKED, {
          participant_id: pid,
          mission_id: REFERENCE_MISSION_ID,
          primary_session_id: `cli-${pid}`,
          linked_session_id: `saas-${++sessionSeq}`,
          link_type: pick(LINK_TYPES),
        });
        break;
    }
  }
  return events;
}
