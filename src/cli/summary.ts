/**
 * The readable summary of `reduce`: built from the reducers' `toDict()` forms (the stable,
 * JSON-shaped public output), so it shows exactly what `--json` would print, for a person.
 */
import { printable } from './problems';

type Dict = Readonly<Record<string, unknown>>;

/** The `toDict()` of each reducer that ran. */
export interface ReducedDicts {
  readonly status?: Dict;
  readonly lifecycle?: Dict;
  readonly collaboration?: Dict;
}

export interface SummaryOptions {
  /** Items shown per section before `… N more` (0 = all). */
  readonly maxItems: number;
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dict(value: unknown): Dict {
  return isDict(value) ? value : {};
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown, fallback = '—'): string {
  if (value === null || value === undefined) return fallback;
  return printable(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
}

function entries(value: unknown): [string, unknown][] {
  return Object.entries(dict(value));
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Collapses a multi-line reason (pydantic's error text) onto one line. */
function oneLine(reason: string): string {
  return reason
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('For further information visit'))
    .join(' | ');
}

/** Longest printable length of `keys` (0 for none), without spreading them into arguments. */
function maxLength(keys: readonly string[]): number {
  let max = 0;
  for (const k of keys) max = Math.max(max, printable(k).length);
  return max;
}

function count(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

class Out {
  readonly lines: string[] = [];
  constructor(private readonly maxItems: number) {}

  heading(title: string): void {
    if (this.lines.length > 0) this.lines.push('');
    this.lines.push(title);
  }

  line(s: string): void {
    this.lines.push(s);
  }

  /** `items` joined with `sep`, at most maxItems of them, then `… N more`. */
  inline<T>(all: readonly T[], render: (item: T) => string, sep = ', '): string {
    const shown = this.maxItems > 0 && all.length > this.maxItems ? all.slice(0, this.maxItems) : all;
    const parts = shown.map(render);
    if (shown.length < all.length) parts.push(`… ${all.length - shown.length} more`);
    return parts.join(sep);
  }

  /** Adds up to maxItems rendered items, then a `… N more` line. */
  items<T>(all: readonly T[], render: (item: T) => string | string[]): void {
    const shown = this.maxItems > 0 ? all.slice(0, this.maxItems) : all;
    for (const item of shown) {
      const r = render(item);
      if (Array.isArray(r)) for (const l of r) this.lines.push(l);
      else this.lines.push(r);
    }
    if (shown.length < all.length) this.lines.push(`  … ${all.length - shown.length} more (--json prints everything, --max-items 0 lists all)`);
  }
}

function renderMission(out: Out, lifecycle: Dict): void {
  const id = lifecycle.mission_id;
  const status = lifecycle.mission_status;
  if (id === null || id === undefined) {
    out.heading('Mission: none started (no accepted MissionStarted event)');
  } else {
    out.heading(`Mission ${text(id)} · ${text(lifecycle.mission_type)} · ${text(status)}`);
  }
  const phases = list(lifecycle.phases_entered);
  out.line(`  current phase: ${text(lifecycle.current_phase)}`);
  if (phases.length > 0) out.line(`  phases entered: ${out.inline(phases, (p) => text(p), ' → ')}`);
}

function renderWorkPackages(out: Out, wpStates: unknown): void {
  const wps = entries(wpStates);
  out.heading(`Work packages (${wps.length})`);
  if (wps.length === 0) {
    out.line('  none');
    return;
  }
  const width = Math.min(24, maxLength(wps.map(([k]) => k)));
  const byLane = new Map<string, number>();
  for (const [, raw] of wps) {
    const lane = text(dict(raw).current_lane);
    byLane.set(lane, (byLane.get(lane) ?? 0) + 1);
  }
  out.items(wps, ([key, raw]) => {
    const wp = dict(raw);
    const evidence = dict(wp.evidence);
    let extra = '';
    if (isDict(wp.evidence)) {
      const review = dict(evidence.review);
      extra = `  evidence: ${count(list(evidence.repos).length, 'repo')}, review ${text(review.verdict)} by ${text(review.reviewer)}`;
    }
    return `  ${printable(key).padEnd(width)}  ${text(wp.current_lane).padEnd(11)}  since ${text(wp.last_transition_at)}${extra}`;
  });
  out.line(`  lanes: ${[...byLane].map(([lane, n]) => `${lane} ${n}`).join(' · ')}`); // at most one entry per lane
}

function renderParticipants(out: Out, collab: Dict): void {
  const participants = entries(collab.participants);
  const departed = entries(collab.departed_participants);
  const presence = dict(collab.presence);
  const drivers = new Set(list(collab.active_drivers).map((d) => String(d)));
  const focus = dict(collab.focus_by_participant);
  const executions = dict(collab.active_executions);
  const title = departed.length > 0 ? `Participants (${participants.length} present, ${departed.length} departed)` : `Participants (${participants.length})`;
  out.heading(title);
  if (participants.length === 0 && departed.length === 0) out.line('  none');
  const idWidth = Math.min(24, Math.max(4, maxLength(participants.map(([k]) => k)), maxLength(departed.map(([k]) => k))));
  out.items(participants, ([pid, raw]) => {
    const identity = dict(raw);
    const target = dict(focus[pid]);
    const focusText = isDict(focus[pid]) ? `${text(target.target_type)}:${text(target.target_id)}` : 'none';
    const seen = Object.prototype.hasOwnProperty.call(presence, pid) ? `last heartbeat ${text(presence[pid])}` : 'no heartbeat yet';
    const running = list(executions[pid]);
    const details = [drivers.has(pid) ? 'driving' : 'not driving', `focus ${focusText}`, seen];
    if (running.length > 0) details.push(`running ${out.inline(running, (s) => text(s))}`);
    return [
      `  ${printable(pid).padEnd(idWidth)}  ${text(identity.participant_type).padEnd(11)}  ${text(identity.display_name, '(no name)')}`,
      `  ${' '.repeat(idWidth)}  ${details.join(' · ')}`,
    ];
  });
  out.items(departed, ([pid, raw]) => `  ${printable(pid).padEnd(idWidth)}  ${text(dict(raw).participant_type).padEnd(11)}  ${text(dict(raw).display_name, '(no name)')} · left`);
  const shared = entries(collab.participants_by_focus).filter(([, ids]) => list(ids).length > 1);
  if (shared.length > 0) {
    out.line('  shared focus:');
    out.items(shared, ([key, ids]) => `    ${printable(key)} ← ${out.inline(list(ids), (i) => text(i))}`);
  }
  const sessions = entries(collab.linked_sessions);
  if (sessions.length > 0) {
    out.line('  linked sessions:');
    out.items(sessions, ([pid, ids]) => `    ${printable(pid)}: ${out.inline(list(ids), (i) => text(i))}`);
  }
}

function renderWarnings(out: Out, collab: Dict): void {
  const warnings = list(collab.warnings).map(dict);
  const open = warnings.filter((w) => {
    const acks = dict(w.acknowledgements);
    return list(w.participant_ids).some((p) => typeof p !== 'string' || !Object.prototype.hasOwnProperty.call(acks, p));
  }).length;
  out.heading(`Warnings (${warnings.length}${warnings.length > 0 ? `, ${open} awaiting acknowledgement` : ''})`);
  if (warnings.length === 0) {
    out.line('  none');
    return;
  }
  out.items(warnings, (w) => {
    const acks = entries(w.acknowledgements);
    const ackMap = dict(w.acknowledgements);
    const waiting = list(w.participant_ids).filter((p) => typeof p !== 'string' || !Object.prototype.hasOwnProperty.call(ackMap, p));
    const lines = [`  ${text(w.warning_id)}  ${text(w.warning_type)}  participants: ${out.inline(list(w.participant_ids), (p) => text(p))}`];
    lines.push(acks.length > 0 ? `    acknowledged: ${out.inline(acks, ([p, a]) => `${printable(p)} → ${text(a)}`)}` : '    acknowledged: nobody yet');
    if (waiting.length > 0) lines.push(`    awaiting: ${out.inline(waiting, (p) => text(p))}`);
    return lines;
  });
}

function renderDecisions(out: Out, collab: Dict): void {
  const decisions = list(collab.decisions).map(dict);
  out.heading(`Decisions (${decisions.length})`);
  if (decisions.length === 0) {
    out.line('  none');
    return;
  }
  out.items(decisions, (d) => {
    const ref = d.referenced_warning_id === null || d.referenced_warning_id === undefined ? '' : `  (re warning ${text(d.referenced_warning_id)})`;
    return `  ${text(d.decision_id)}  by ${text(d.participant_id)}: "${text(d.topic)}" → ${text(d.chosen_option)}${ref}`;
  });
}

interface CommentNode {
  readonly comment: Dict;
  readonly replies: CommentNode[];
}

function renderComments(out: Out, collab: Dict, options: SummaryOptions): void {
  const comments = list(collab.comments).map(dict);
  const nodes = comments.map((comment) => ({ comment, replies: [] as CommentNode[] }));
  const byId = new Map<string, CommentNode>();
  for (const node of nodes) {
    const id = node.comment.comment_id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const roots: CommentNode[] = [];
  for (const node of nodes) {
    const parent = typeof node.comment.reply_to === 'string' ? byId.get(node.comment.reply_to) : undefined;
    if (parent !== undefined && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  out.heading(`Comment threads (${count(roots.length, 'thread')}, ${count(comments.length, 'comment')})`);
  if (comments.length === 0) {
    out.line('  none');
    return;
  }
  // Iterative (threads can be thousands of replies deep); each comment once; replies past
  // maxItems per thread are counted, not listed.
  const renderThread = (root: CommentNode): string[] => {
    const lines: string[] = [];
    const seen = new Set<CommentNode>();
    const stack: { node: CommentNode; depth: number }[] = [{ node: root, depth: 0 }];
    let hidden = 0;
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      if (options.maxItems > 0 && lines.length > options.maxItems) {
        hidden++;
      } else {
        const c = node.comment;
        const orphan = depth === 0 && typeof c.reply_to === 'string' ? ` (reply to unknown comment ${text(c.reply_to)})` : '';
        const prefix = depth === 0 ? '  ' : `  ${'  '.repeat(depth - 1)}└ `;
        lines.push(`${prefix}${text(c.comment_id)} ${text(c.participant_id)}: ${clip(text(c.content), 100)}${orphan}`);
      }
      for (let i = node.replies.length - 1; i >= 0; i--) stack.push({ node: node.replies[i]!, depth: Math.min(depth + 1, 12) });
    }
    if (hidden > 0) lines.push(`    … ${hidden} more ${hidden === 1 ? 'reply' : 'replies'} in this thread`);
    return lines;
  };
  out.items(roots, renderThread);
}

interface AnomalyLine {
  readonly source: string;
  readonly text: string;
}

function anomalyLines(dicts: ReducedDicts): AnomalyLine[] {
  const lines: AnomalyLine[] = [];
  if (dicts.lifecycle !== undefined) {
    for (const a of list(dicts.lifecycle.anomalies).map(dict)) {
      lines.push({ source: 'lifecycle', text: `${text(a.event_id)} ${text(a.event_type)}: ${text(oneLine(String(a.reason)))}` });
    }
  } else if (dicts.status !== undefined) {
    for (const a of list(dicts.status.anomalies).map(dict)) {
      lines.push({ source: 'status', text: `${text(a.event_id)} WP ${text(a.wp_id)}: ${text(oneLine(String(a.reason)))}` });
    }
  }
  if (dicts.collaboration !== undefined) {
    for (const a of list(dicts.collaboration.anomalies).map(dict)) {
      lines.push({ source: 'collaboration', text: `${text(a.event_id)} ${text(a.event_type)}: ${text(a.reason)}` });
    }
  }
  return lines;
}

/** The readable summary of every reducer that ran. */
export function renderSummary(dicts: ReducedDicts, options: SummaryOptions): string {
  return `${summaryLines(dicts, options).join('\n')}\n`;
}

/** The summary as lines (no newlines), for writing in pieces. */
export function summaryLines(dicts: ReducedDicts, options: SummaryOptions): readonly string[] {
  const out = new Out(options.maxItems);
  if (dicts.lifecycle !== undefined) renderMission(out, dicts.lifecycle);
  if (dicts.lifecycle !== undefined) renderWorkPackages(out, dicts.lifecycle.wp_states);
  else if (dicts.status !== undefined) renderWorkPackages(out, dicts.status.wp_states);
  const collab = dicts.collaboration;
  if (collab !== undefined) {
    if (dicts.lifecycle === undefined) out.heading(`Collaboration on mission ${text(collab.mission_id, '(unknown)') || '(unknown)'}`);
    renderParticipants(out, collab);
    renderWarnings(out, collab);
    renderDecisions(out, collab);
    renderComments(out, collab, options);
  }
  const anomalies = anomalyLines(dicts);
  out.heading(`Anomalies (${anomalies.length})`);
  if (anomalies.length === 0) out.line('  none');
  out.items(anomalies, (a) => `  [${a.source}] ${a.text}`);
  return out.lines;
}
