import { describeOpenedTypes } from '../../shared/format/importers';

/** The command line's help text. */
export const USAGE = `Usage: npm run --silent cli -- <command> [options]
   or: npx outside-in <command> [options]

Commands:
  analyze <file> [--json]   Coverage analysis of a map: coverage per journey lane,
                            the gaps before, between and after the organisation's contact
                            moments with their severity, and unanchored process steps.
                            --json prints it as JSON.
  diff <before> <after> [--json]
                            What changed from one map to the other: steps added, removed,
                            moved and changed; per journey lane the coverage before → after
                            and the gaps closed, opened and changed, with their severity.
                            A side may be map.journey#<snapshot name>. --json prints JSON.
                            Exit 0 whether or not they differ.
  export <map> --pdf <file> [--page A4|A3] [--portrait]
  export <map> --png <file> [--scale 2]
  export <map> --svg <file>
  export <map> --pptx <file>
                            The report of a map as a PDF (cover, the map tiled across pages,
                            coverage and gaps, the steps; the map rides inside the PDF, so
                            the PDF opens again as the map; A4 landscape unless told), or the
                            map alone as a PNG (2x its size unless --scale says, up to 8) or
                            an SVG, or the PowerPoint deck (16:9: title, key findings, the
                            overview, a slide per stage, gaps, emotion, opportunities; the map
                            rides in the last slide's notes). One output per call. Prints with
                            the desktop app when installed, else with Chromium (CHROMIUM_PATH,
                            or chromium on PATH); the deck needs neither.
  export <map> --xlsx <file>
  export <map> --csv <file>
  export <map> --mermaid <file>
                            The map's data for other tools, without a browser: an Excel
                            workbook (a sheet of steps, a sheet of the map, stages, personas
                            and opportunities), a CSV of the steps with <name>.details.csv
                            beside it, or a Mermaid journey (stages as sections, emotions as
                            scores).
  import <file> --out <map.journey> [--customer "<pool>"] [--subprocesses expand|collapse]
                            An Excel workbook, a CSV (with <name>.details.csv when it lies
                            beside it), a Mermaid journey or a BPMN 2.0 model as a map. BPMN
                            (Signavio, Camunda, Bizagi… exports): the customer's pool on the
                            journey lane (named, else guessed),
                            the other pools' lanes as process lanes, activities as steps in
                            flow order, messages with the customer as touchpoints; expanded
                            sub-processes as their activities unless --subprocesses collapse.
                            What was read past is printed as warnings.
  help                      Show this text.

The map to analyse, compare or export may be any file Outside-In opens:
  ${describeOpenedTypes()}.

Exit status: 0 done, 2 bad arguments or a file that cannot be used, 1 anything else.
`;

/** A mistake in the command line's words (not in a file): answered with a line and the usage. */
export class UsageError extends Error {}
