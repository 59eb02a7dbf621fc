/** The autosave delay people may choose, in seconds (the host keeps it in milliseconds, 500 to 60 000). */
export const AUTOSAVE_DELAY_SECONDS = { min: 0.5, max: 60 } as const;

/** A delay in milliseconds as the field shows it: `2`, `1.5`. */
export const secondsText = (ms: number): string => String(ms / 1000);

/** What was typed into the autosave delay field: the delay in milliseconds, or why it is refused. */
export function parseAutosaveDelay(text: string): { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  // A comma is a decimal point too: half the workshops this runs in write 1,5.
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return { ok: false, message: 'Enter a number of seconds, such as 2 or 1.5.' };
  const seconds = Number(trimmed.replace(',', '.'));
  const { min, max } = AUTOSAVE_DELAY_SECONDS;
  if (seconds < min || seconds > max) return { ok: false, message: `The delay must be from ${min} to ${max} seconds.` };
  return { ok: true, ms: Math.round(seconds * 1000) };
}
