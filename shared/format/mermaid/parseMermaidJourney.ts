import { limitWords } from '../../model/limits';
import type { Problem } from '../problem';
import { SHEET_LIMITS } from '../sheets/sheetLimits';
import { SCORE_MAX, SCORE_MIN, plainText, type MermaidJourney, type MermaidSection, type MermaidTask } from './mermaidJourney';

// Mermaid's `journey` grammar (mermaid-js/mermaid, diagrams/user-journey/parser/journey.jison), a
// dozen lines: the keyword, then one statement a line — `title …`, `accTitle: …`, `accDescr: …` or
// `accDescr { … }`, `section …`, or a task `Name: score: Actor, Actor`. `%%` starts a comment (and
// `%%{…}%%` a directive); YAML front matter between `---` lines may carry the title. A line that is
// none of these is named as a finding and read past, never guessed into a step.

const line = (number: number, message: string): Problem => ({ path: '$', message: `Line ${number}: ${message}` });
const shortly = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Leaves out a Markdown fence around the diagram (a block copied from a README with its backticks). */
function unfenced(lines: string[]): string[] {
  const first = lines.findIndex((text) => text.trim() !== '');
  if (first < 0 || !/^(```|~~~)\s*mermaid\s*$/i.test(lines[first]!.trim())) return lines;
  const end = lines.findIndex((text, index) => index > first && /^(```|~~~)\s*$/.test(text.trim()));
  return lines.map((text, index) => (index === first || index === end ? '' : end >= 0 && index > end ? '' : text));
}

/** Reads the text of a Mermaid `journey`, or says why it is not one. */
export function parseMermaidJourney(source: string): { ok: true; journey: MermaidJourney } | { ok: false; problems: readonly Problem[] } {
  const lines = unfenced(source.replace(/^\uFEFF/, '').split(/\r?\n/));
  const findings: Problem[] = [];
  let title: string | null = null;
  let index = 0;
  const skipBlank = (): void => {
    while (index < lines.length && (lines[index]!.trim() === '' || lines[index]!.trim().startsWith('%%'))) index++;
  };
  skipBlank();
  if (lines[index]?.trim() === '---') {
    const end = lines.findIndex((text, at) => at > index && text.trim() === '---');
    if (end < 0) return { ok: false, problems: [line(index + 1, 'the front matter that starts here has no closing "---".')] };
    for (const text of lines.slice(index + 1, end)) {
      const match = /^title:\s*(.*)$/.exec(text.trim());
      if (match) title = match[1]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    }
    index = end + 1;
    skipBlank();
  }
  if (!/^journey\b/.test(lines[index]?.trim() ?? '')) {
    const found = lines[index]?.trim();
    return { ok: false, problems: [{ path: '$', message: found ? `This is not a Mermaid journey: it starts with "${shortly(found)}", not "journey".` : 'This is not a Mermaid journey: the file has no diagram.' }] };
  }
  const sections: { title: string | null; tasks: MermaidTask[] }[] = [{ title: null, tasks: [] }];
  let taskCount = 0;
  for (index++; index < lines.length; index++) {
    const number = index + 1;
    // `#` outside an entity code (`#58;`) starts a comment, as in Mermaid's grammar.
    const text = lines[index]!.replace(/#(?!\d{1,7};|[a-z]+;).*$/i, '').trim();
    if (text === '' || text.startsWith('%%')) continue;
    if (text.length > SHEET_LIMITS.cellLength) return { ok: false, problems: [line(number, `the line has ${limitWords(text.length)} characters; a line may hold at most ${limitWords(SHEET_LIMITS.cellLength)}.`)] };
    if (/^accDescr\s*\{/.test(text)) {
      // A description over several lines, up to its closing brace: said for screen readers, not a
      // step. What follows the brace on its line is read on.
      while (index < lines.length && !lines[index]!.includes('}')) index++;
      const rest = lines[index]?.slice(lines[index]!.indexOf('}') + 1) ?? '';
      if (rest.trim() !== '') {
        lines[index] = rest;
        index--;
      }
      continue;
    }
    if (/^acc(Title|Descr)\s*:/.test(text)) continue;
    const heading = /^(title|section)(\s+(.*))?$/.exec(text);
    if (heading) {
      const words = plainText((heading[3] ?? '').trim());
      if (heading[1] === 'title') title = words;
      else sections.push({ title: words, tasks: [] });
      continue;
    }
    const task = /^([^:]+):([^:]*)(?::(.*))?$/.exec(text);
    if (!task) {
      findings.push(line(number, `"${shortly(text)}" is not a task (a task is "Name: score: Actor, Actor"); it was left out.`));
      continue;
    }
    if (++taskCount > SHEET_LIMITS.rows) return { ok: false, problems: [line(number, `more than ${limitWords(SHEET_LIMITS.rows)} tasks; Outside-In reads at most that many.`)] };
    const name = plainText(task[1]!.trim());
    const scoreText = task[2]!.trim();
    const score = /^-?\d+(\.\d+)?$/.test(scoreText) ? Number(scoreText) : Number.NaN;
    const valid = Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;
    if (!valid) findings.push(line(number, `the score "${shortly(scoreText)}" of "${shortly(name)}" is not a whole number from ${SCORE_MIN} to ${SCORE_MAX}; the step has no emotion.`));
    const actors = (task[3] ?? '').split(',').map((actor) => plainText(actor.trim())).filter((actor) => actor !== '');
    sections.at(-1)!.tasks.push({ title: name, score: valid ? score : null, actors });
  }
  const kept: MermaidSection[] = sections.filter((section, at) => at > 0 || section.tasks.length > 0);
  return { ok: true, journey: { title, sections: kept, findings } };
}
