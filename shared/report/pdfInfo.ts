import { analyseCoverage } from '../analysis/coverage';
import type { JourneyMap } from '../model/journeyMap';
import { formatCoverage } from '../words/figureWords';

/** The author a report names when the map names none. */
export const DEFAULT_PDF_AUTHOR = 'Outside-In';

/** What a report's document properties say: the fields a PDF viewer and a file search show. */
export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
}

const gapCount = (count: number): string => (count === 1 ? '1 gap' : `${count} gaps`);

/**
 * The coverage in one line, lane by lane, as a reader of the document properties wants it:
 * "Customer 44.4% covered, 2 gaps". Lanes without steps say nothing worth a headline.
 */
function coverageHeadline(map: JourneyMap): string {
  return analyseCoverage(map)
    .lanes.filter((lane) => lane.coverage !== null)
    .map((lane) => `${lane.title.trim() || 'Journey'} ${formatCoverage(lane.coverage!)} covered, ${gapCount(lane.gaps.length)}`)
    .join('; ');
}

/** The report's title, author, subject and keywords for a map. */
export function pdfInfo(map: JourneyMap): PdfInfo {
  const client = map.client?.trim();
  const headline = coverageHeadline(map);
  const subject = ['Customer journey map', client ? `for ${client}` : '', headline ? `— ${headline}` : ''].filter(Boolean).join(' ');
  const words = ['customer journey', 'outside-in', 'journey map', client ?? '', ...map.lanes.map((lane) => lane.title)];
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const word of words) {
    const trimmed = word.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    keywords.push(trimmed);
  }
  return {
    title: map.title.trim() || 'Untitled map',
    author: map.author?.trim() || DEFAULT_PDF_AUTHOR,
    subject,
    keywords,
  };
}
