/** The bundled example is exactly what its generator writes, and it tells the promised story. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Event } from '../../src/v2';
import { cleanupTemp, EXAMPLE, REPO_ROOT, tempDir } from './helpers';

describe('examples/mission.jsonl', () => {
  it('is byte-for-byte the output of scripts/make-example.js (deterministic)', () => {
    const dir = tempDir();
    try {
      const out = path.join(dir, 'mission.jsonl');
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'make-example.js'), out], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(EXAMPLE, 'utf8'));
    } finally {
      cleanupTemp(dir);
    }
  });

  it('holds a few hundred envelopes, all valid Events but one deliberately bad payload', () => {
    const lines = fs.readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(200);
    expect(lines.length).toBeLessThanOrEqual(400);
    const events = lines.map((l) => Event.fromDict(JSON.parse(l)));
    const types = new Set(events.map((e) => e.event_type));
    for (const t of ['MissionStarted', 'PhaseEntered', 'ReviewRollback', 'WPStatusChanged', 'ParticipantJoined', 'DriveIntentSet', 'FocusChanged',
      'ConcurrentDriverWarning', 'WarningAcknowledged', 'DecisionCaptured', 'CommentPosted', 'PresenceHeartbeat']) {
      expect(types).toContain(t);
    }
    const joinedTypes = events
      .filter((e) => e.event_type === 'ParticipantJoined')
      .map((e) => (e.payload.participant_identity as { participant_type: string }).participant_type)
      .sort();
    expect(joinedTypes).toEqual(['human', 'llm_context', 'llm_context']);
    const ids = new Set(events.map((e) => e.event_id));
    expect(ids.size).toBe(events.length);
    expect(lines.filter((l) => l.includes('"to_lane":"in_review"'))).toHaveLength(1);
  });
});
