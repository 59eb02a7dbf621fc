import type { Problem } from '../problem';

/** One task of a Mermaid `journey`: its name, its score (1…5, null when it had none Outside-In takes) and its actors. */
export interface MermaidTask {
  readonly title: string;
  readonly score: number | null;
  readonly actors: readonly string[];
}

/** A section of a Mermaid `journey` and its tasks; the tasks before the first section have no title. */
export interface MermaidSection {
  readonly title: string | null;
  readonly tasks: readonly MermaidTask[];
}

/** A Mermaid `journey` diagram as read: its title, its sections in order, and what was read past. */
export interface MermaidJourney {
  readonly title: string | null;
  readonly sections: readonly MermaidSection[];
  readonly findings: readonly Problem[];
}

/** The lowest and highest score a Mermaid journey task has. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Characters a task's text cannot hold in Mermaid's grammar (they end the name or the line), written as its entity codes. */
const RESERVED = /[#:;]/g;

/** Text as Mermaid writes it: `#`, `:` and `;` as entity codes (`#58;`), line breaks as spaces. */
export const mermaidText = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(RESERVED, (character) => `#${character.codePointAt(0)};`);

/** Mermaid's numeric entity codes (`#58;`) back to their characters, and the few named ones people type. */
export function plainText(text: string): string {
  const named: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', colon: ':', semi: ';', nbsp: '\u00a0' };
  // A line break Mermaid draws (`<br>`, `<br/>`) is a space on a card.
  return text.replace(/\s*<\/?br\s*\/?>\s*/gi, ' ').replace(/#(\d{1,7}|[a-z]+);/gi, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}
