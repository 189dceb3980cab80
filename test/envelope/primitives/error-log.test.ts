import { ErrorLog } from '../../../src/envelope/error-log';
import type { ErrorEntry } from '../../../src/envelope/error-entry';
import { ErrorStorage, InMemoryErrorStorage } from '../../../src/envelope/storage';
import { actions, makeEntry } from './helpers';

describe('ErrorLog (ENVELOPE.md §9)', () => {
  it('round trip: a logged entry comes back as the same object', () => {
    const log = new ErrorLog(new InMemoryErrorStorage());
    const entry = makeEntry('Run tests');
    log.logError(entry);
    const recent = log.getRecentErrors();
    expect(recent).toHaveLength(1);
    expect(recent[0]).toBe(entry);
    expect(recent[0].action_attempted).toBe('Run tests');
    expect(recent[0].resolution).toBe('');
    expect(recent[0].agent).toBe('unknown');
  });

  it('returns newest first', () => {
    const log = new ErrorLog(new InMemoryErrorStorage());
    for (let i = 0; i < 3; i++) log.logError(makeEntry(`Action ${i}`));
    expect(actions(log.getRecentErrors())).toEqual(['Action 2', 'Action 1', 'Action 0']);
  });

  it('respects the limit (default 10)', () => {
    const log = new ErrorLog(new InMemoryErrorStorage());
    for (let i = 0; i < 15; i++) log.logError(makeEntry(`Action ${i}`));
    expect(actions(log.getRecentErrors(3))).toEqual(['Action 14', 'Action 13', 'Action 12']);
    const defaults = log.getRecentErrors();
    expect(defaults).toHaveLength(10);
    expect(defaults[9].action_attempted).toBe('Action 5');
  });

  it('limit 0 → RangeError "Limit must be ≥ 1, got 0" (from the storage)', () => {
    const log = new ErrorLog(new InMemoryErrorStorage());
    expect(() => log.getRecentErrors(0)).toThrow(RangeError);
    expect(() => log.getRecentErrors(0)).toThrow('must be ≥ 1');
    expect(() => log.getRecentErrors(0)).toThrow(new RangeError('Limit must be ≥ 1, got 0'));
  });

  it('empty → []', () => {
    expect(new ErrorLog(new InMemoryErrorStorage()).getRecentErrors()).toEqual([]);
  });

  it('entries are visible through the storage directly', () => {
    const storage = new InMemoryErrorStorage();
    const log = new ErrorLog(storage);
    const a = makeEntry('a');
    const b = makeEntry('b');
    log.logError(a);
    log.logError(b);
    expect(storage.loadRecent()).toEqual([b, a]);
    storage.append(makeEntry('c'));
    expect(actions(log.getRecentErrors())).toEqual(['c', 'b', 'a']);
  });

  it('keeps no state of its own: delegates append and loadRecent(limit) to the storage', () => {
    const calls: string[] = [];
    class Spy extends ErrorStorage {
      append(entry: ErrorEntry): void {
        calls.push(`append:${entry.action_attempted}`);
      }
      loadRecent(limit = 10): ErrorEntry[] {
        calls.push(`loadRecent:${limit}`);
        return [];
      }
    }
    const log = new ErrorLog(new Spy());
    log.logError(makeEntry('x'));
    expect(log.getRecentErrors()).toEqual([]);
    log.getRecentErrors(0);
    log.getRecentErrors(7);
    expect(calls).toEqual(['append:x', 'loadRecent:10', 'loadRecent:0', 'loadRecent:7']);
  });

  it('with maxEntries the log sees only retained entries', () => {
    const log = new ErrorLog(new InMemoryErrorStorage(2));
    for (let i = 0; i < 5; i++) log.logError(makeEntry(`Action ${i}`));
    expect(actions(log.getRecentErrors(10))).toEqual(['Action 4', 'Action 3']);
  });
});
