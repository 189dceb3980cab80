/**
 * Error log facade over an `ErrorStorage` (ENVELOPE.md §9). Keeps no state of its own.
 */
import type { ErrorEntry } from './error-entry';
import type { ErrorStorage } from './storage';

export class ErrorLog {
  private readonly storage: ErrorStorage;

  constructor(storage: ErrorStorage) {
    this.storage = storage;
  }

  logError(entry: ErrorEntry): void {
    this.storage.append(entry);
  }

  /** Newest first; limit checks come from the storage. */
  getRecentErrors(limit = 10): ErrorEntry[] {
    return this.storage.loadRecent(limit);
  }
}
