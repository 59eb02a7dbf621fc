/**
 * A text a person typed into an optional field, or undefined when it is blank: a field of blanks
 * would be saved, printed and shown as if someone had filled it in.
 */
export const textOrNothing = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** Writes `value` into `record[key]`, or removes the key when the value is blank; whether the record changed. */
export function putOptionalText(record: Record<string, unknown>, key: string, value: string): boolean {
  const text = textOrNothing(value);
  if (text === undefined) {
    if (!Object.hasOwn(record, key)) return false;
    delete record[key];
    return true;
  }
  if (record[key] === text) return false;
  record[key] = text;
  return true;
}
