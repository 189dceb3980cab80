/**
 * The 6.1.0 `ConflictResolution`: the shared record (`./conflict-resolution`, the 2.1.0 class)
 * with its events read as 6.1.0 `Event`s, as the reference 6.1.0 dataclass nests its own
 * `Event`. Only the two event fields are redeclared (in place: field order is unchanged);
 * everything else (mutability, `dataclass_type` error, `toString`) is the shared class's.
 */
import { IsListOf, IsNested, defineModelTypeError, nestedType } from '../validation';
import { ConflictResolution as SharedConflictResolution } from './conflict-resolution';
import { Event } from './event';

export class ConflictResolution extends SharedConflictResolution {
  @IsNested(() => Event)
  declare merged_event: Event;

  @IsListOf(nestedType(() => Event))
  declare conflicting_events: Event[];

  constructor(merged_event: Event, resolution_note: string, requires_manual_review: boolean, conflicting_events: Event[]) {
    super(merged_event, resolution_note, requires_manual_review, conflicting_events);
  }
}
defineModelTypeError(ConflictResolution, 'dataclass_type', 'Input should be a dictionary or an instance of ConflictResolution');
