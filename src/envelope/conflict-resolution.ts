/**
 * The outcome of a state-machine merge (ENVELOPE.md §1.3): a plain mutable record, like the
 * reference's dataclass. `fromDict` follows pydantic's `TypeAdapter(ConflictResolution)`.
 */
import { firstCodePoints } from '../conventions';
import {
  IsLaxBool,
  IsListOf,
  IsNested,
  IsPyString,
  WireModel,
  defineModelTypeError,
  defineMutable,
  nestedType,
} from '../validation';
import { Event } from '../v2/envelope/event';

function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

export class ConflictResolution extends WireModel {
  @IsNested(() => Event)
  merged_event: Event;

  @IsPyString()
  resolution_note: string;

  @IsLaxBool()
  requires_manual_review: boolean;

  @IsListOf(nestedType(() => Event))
  conflicting_events: Event[];

  constructor(merged_event: Event, resolution_note: string, requires_manual_review: boolean, conflicting_events: Event[]) {
    super();
    this.merged_event = merged_event;
    this.resolution_note = resolution_note;
    this.requires_manual_review = requires_manual_review;
    this.conflicting_events = conflicting_events;
  }

  /** Python `repr`: `ConflictResolution(merged=01ARZ3ND..., conflicts=1, manual_review=False)`. */
  override toString(): string {
    const merged = firstCodePoints(this.merged_event.event_id, 8);
    return `ConflictResolution(merged=${merged}..., conflicts=${this.conflicting_events.length}, manual_review=${pyBool(this.requires_manual_review)})`;
  }
}
defineMutable(ConflictResolution);
defineModelTypeError(ConflictResolution, 'dataclass_type', 'Input should be a dictionary or an instance of ConflictResolution');
