/** A stretch of time as a step's recorded duration gives it, in minutes: the least and the most it takes. */
export interface TimeSpan {
  readonly least: number;
  readonly most: number;
}

const MINUTES: Readonly<Record<string, number>> = {
  minute: 1,
  min: 1,
  hour: 60,
  hr: 60,
  day: 60 * 24,
  week: 60 * 24 * 7,
  month: 60 * 24 * 30,
  year: 60 * 24 * 365,
};

const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|half an?|an?|one)`;
const UNIT = String.raw`(minute|min|hour|hr|day|week|month|year)s?`;
const LEADING = new RegExp(String.raw`^\s*(?:about|around|up to|roughly|~)?\s*${AMOUNT}(?:\s*(?:[–—-]|to)\s*${AMOUNT})?\s*${UNIT}\b(.*)$`, 'i');
// "3 days a month", "2 hours per week": how often, not how long.
const RATE = /^\s*(?:a|an|per|each|every)\s+(?:minute|hour|day|week|month|year|quarter)\b/i;

function amountOf(text: string): number {
  const word = text.toLowerCase();
  if (word.startsWith('half')) return 0.5;
  if (word === 'a' || word === 'an' || word === 'one') return 1;
  return Number(word.replace(',', '.'));
}

/**
 * The time a duration as consultants write it stands for ("25 minutes", "4–9 days", "2 to 3 weeks",
 * "half a day", "5 days after the decision"); null for what names no length of time ("Monthly",
 * "Always on", "An evening") or a rate ("3 days a month"). Months count 30 days.
 */
export function parseDuration(text: string): TimeSpan | null {
  const match = LEADING.exec(text);
  if (!match) return null;
  const [, from = '', to, unit = '', rest = ''] = match;
  if (RATE.test(rest)) return null;
  const scale = MINUTES[unit.toLowerCase()]!;
  const least = amountOf(from) * scale;
  const most = to === undefined ? least : amountOf(to) * scale;
  if (!Number.isFinite(least) || !Number.isFinite(most) || most < least) return null;
  return { least, most };
}

/** The time a run of steps takes as far as their durations say: the sum of those that name one, and how many do. */
export function recordedTime(durations: readonly (string | undefined)[]): { readonly span: TimeSpan | null; readonly recorded: number } {
  let least = 0;
  let most = 0;
  let recorded = 0;
  for (const duration of durations) {
    const span = duration === undefined ? null : parseDuration(duration);
    if (!span) continue;
    least += span.least;
    most += span.most;
    recorded++;
  }
  return { span: recorded === 0 ? null : { least, most }, recorded };
}
