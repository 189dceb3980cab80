/**
 * Payload parsing inside reducers, where the reference writes
 * `payload_cls.model_validate(payload)` in a `try` and turns `except Exception as exc` into an
 * anomaly text: the parsed payload, or pydantic's `str(exc)` for it (a throwing input is one
 * `get_attribute_error`). Never throws.
 */
import { renderValidationErrorText } from '../v2/status/payload-error-text';
import { INVALID, modelNameOf, parseModel, unreadableViolation, type ModelClass, type Violation } from '../validation';

export type PayloadParse<M> = { readonly ok: true; readonly payload: M } | { readonly ok: false; readonly errorText: string };

export function parsePayloadForReducer<M>(model: ModelClass<M>, payload: unknown): PayloadParse<M> {
  const out: Violation[] = [];
  let parsed: M | typeof INVALID;
  try {
    parsed = parseModel(model, payload, [], out);
  } catch (error) {
    out.length = 0;
    out.push(unreadableViolation([], error));
    parsed = INVALID;
  }
  if (parsed !== INVALID) return { ok: true, payload: parsed };
  return { ok: false, errorText: renderValidationErrorText(modelNameOf(model), out) };
}
