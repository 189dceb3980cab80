/**
 * pydantic's text for a validation error (STATUS_AND_GATES.md §12), rebuilt from the
 * violations of our `ValidationError` (type, loc, msg, input). The status reducer puts it
 * after `payload validation failed: ` in a parse anomaly's reason:
 *
 * ```
 * {N} validation error{s} for {Model}
 * {loc}                                       (omitted for model-level errors)
 *   {msg} [type={type}, input_value={iv}, input_type={pytype}]
 *     For further information visit https://errors.pydantic.dev/2.13/v/{type}
 * ```
 */
import { nestingDepth, pyRepr, pyTypeName, REPR_MAX_DEPTH } from '../../conventions';
import { ValidationError } from '../../envelope/errors';
import { validationSummary, type Violation } from '../../validation';

/** The pydantic minor version whose documentation links the reference's texts carry. */
export const PYDANTIC_DOCS_VERSION = '2.13';

const ERRORS_URL = `https://errors.pydantic.dev/${PYDANTIC_DOCS_VERSION}/v/`;

/** Longest `input_value` text (in UTF-8 bytes) shown whole. */
const MAX_INPUT_BYTES = 50;
const HEAD_BYTES = 25;
const TAIL_BYTES = 24;

/** Python's type name of a value (kept here as the module's public helper; defined in conventions). */
export { pyTypeName };

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * pydantic's shortening of a long `input_value` text: above 50 UTF-8 bytes it becomes the
 * first 25 bytes (cut back to a character boundary) + `...` + the last 24 bytes (cut forward
 * to a character boundary).
 */
export function truncateInputText(text: string): string {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: short texts need no encoding at all.
  if (text.length * 3 <= MAX_INPUT_BYTES) return text;
  const byteLength = Buffer.byteLength(text, 'utf8');
  if (byteLength <= MAX_INPUT_BYTES) return text;
  // One byte per unit: all ASCII, the cuts fall on unit boundaries (no encoding needed).
  if (byteLength === text.length) return `${text.slice(0, HEAD_BYTES)}...${text.slice(text.length - TAIL_BYTES)}`;
  const bytes = Buffer.from(text, 'utf8');
  let head = HEAD_BYTES;
  while (head > 0 && isContinuationByte(bytes[head])) head--;
  let tail = bytes.length - TAIL_BYTES;
  while (tail < bytes.length && isContinuationByte(bytes[tail])) tail++;
  return `${bytes.subarray(0, head).toString('utf8')}...${bytes.subarray(tail).toString('utf8')}`;
}

/**
 * The `input_value=` text of a violation: pyRepr of the input, shortened. An input nested so
 * deep that Python's `repr()` hits its recursion limit (`REPR_MAX_DEPTH`) is shown as pydantic
 * shows it then: `<unprintable list object>` / `<unprintable dict object>`.
 */
export function inputValueText(input: unknown): string {
  let printable: boolean;
  try {
    printable = nestingDepth(input, REPR_MAX_DEPTH) < REPR_MAX_DEPTH;
  } catch {
    printable = false; // a getter or Proxy trap threw: Python's repr() would raise too
  }
  return printable ? truncateInputText(pyRepr(input)) : `<unprintable ${pyTypeName(input)} object>`;
}

/** The lines pydantic prints for one error (loc line only when the loc is not empty). */
export function renderViolationLines(v: Violation): string[] {
  const detail =
    `  ${v.msg} [type=${v.type}, input_value=${inputValueText(v.input)}, input_type=${pyTypeName(v.input)}]\n` +
    `    For further information visit ${ERRORS_URL}${v.type}`;
  return v.loc.length > 0 ? [v.loc.join('.'), detail] : [detail];
}

/** pydantic's `str(ValidationError)` for `modelName` with these violations (no trailing newline). */
export function renderValidationErrorText(modelName: string, violations: readonly Violation[]): string {
  const lines = [validationSummary(modelName, violations.length)];
  for (const v of violations) lines.push(...renderViolationLines(v));
  return lines.join('\n');
}

/**
 * The §12 text of a failed `StatusTransitionPayload` validation, from our `ValidationError`
 * (its model name, default `StatusTransitionPayload`) or directly from its violations.
 */
export function renderPayloadValidationError(source: ValidationError | readonly Violation[]): string {
  if (source instanceof ValidationError) {
    return renderValidationErrorText(source.modelName ?? 'StatusTransitionPayload', source.violations);
  }
  return renderValidationErrorText('StatusTransitionPayload', source);
}
