/** A logged agent failure (ENVELOPE.md §1.2). Mutable, like the reference's model. */
import { firstCodePoints } from '../conventions';
import {
  IsPyDateTime,
  IsPyString,
  WireModel,
  defineMutable,
  type PyDateTime,
} from '../validation';

export class ErrorEntry extends WireModel {
  @IsPyDateTime({ description: 'When the error occurred' })
  timestamp!: PyDateTime;

  @IsPyString({ minLength: 1 }, { description: 'What the agent/user tried to do' })
  action_attempted!: string;

  @IsPyString({ minLength: 1 }, { description: 'Error output or message' })
  error_message!: string;

  @IsPyString({}, { default: '', description: 'How the error was resolved (empty if unresolved)' })
  resolution!: string;

  @IsPyString({}, { default: 'unknown', description: 'Which agent encountered the error' })
  agent!: string;

  /** Python `repr`: `ErrorEntry(timestamp=..., action=<first 30 code points>..., agent=...)`. */
  override toString(): string {
    const action = firstCodePoints(this.action_attempted, 30);
    return `ErrorEntry(timestamp=${this.timestamp.isoText()}, action=${action}..., agent=${this.agent})`;
  }
}
defineMutable(ErrorEntry);
