import type { CoverageAnalysis } from '../analysis/coverage';
import { diffMaps } from '../compare/diffMaps';
import { serialise } from '../format/serialise';
import type { JourneyMap } from '../model/journeyMap';
import { slideHeading, slidePlace } from '../presentation/slideWords';
import { reportContent } from '../report/reportContent';
import { reportIndex } from '../report/sections/reportIndex';
import { whatChangedSection } from '../report/sections/whatChangedSection';
import { deckStageSlides } from './deckStages';
import type { Deck, DeckSlide } from './deckShapes';
import { overviewShapes } from './overviewShapes';
import { emotionSlide } from './slides/emotionSlide';
import { findingsSlide } from './slides/findingsSlide';
import { gapsSlide } from './slides/gapsSlide';
import { opportunitiesSlide } from './slides/opportunitiesSlide';
import { BODY, framedSlide, type SlideFooter } from './slides/slideFrame';
import { stageSlide } from './slides/stageSlide';
import { titleSlide } from './slides/titleSlide';
import { whatChangedPages, whatChangedSlide } from './slides/whatChangedSlides';

/** A deck exported from the compare view: the map before (the deck's map is the one after), and what each side is called. */
export interface DeckCompare {
  readonly before: JourneyMap;
  readonly beforeName: string;
  readonly afterName: string;
}

/**
 * The PowerPoint deck of a map, worked out from it: the title, the key findings, the overview, one
 * slide per stage (more for a stage too wide for one), the gaps ranked, the emotion curve and the
 * opportunities, whose notes carry the map's `.journey` text so that nothing of it is lost.
 * Exported from the compare view (`compare`), What changed follows the overview, on as many slides
 * as it takes. `isoDate` is the title slide's date (`YYYY-MM-DD`).
 */
export function deckOf(map: JourneyMap, analysis: CoverageAnalysis, isoDate: string, compare?: DeckCompare): Deck {
  const content = reportContent(map, analysis, isoDate);
  const index = reportIndex(map, analysis);
  const stages = deckStageSlides(map);
  const changed = compare ? whatChangedSection(compare.before, map, diffMaps(compare.before, map), compare.beforeName, compare.afterName) : null;
  const changedPages = changed ? whatChangedPages(changed) : [];
  const count = 6 + changedPages.length + stages.length;
  // The slides after the overview: What changed, then the stages, then the gaps, the emotion and the opportunities.
  const after = 4 + changedPages.length;
  const footer = (number: number): SlideFooter => ({ mapTitle: content.cover.title, number, count });
  const stageCount = new Set(stages.map((slide) => slide.stageId)).size;
  const stageNumber = new Map([...new Set(stages.map((slide) => slide.stageId))].map((id, position) => [id, position + 1]));
  const overview: DeckSlide = framedSlide(
    'overview',
    { kicker: 'Overview', heading: 'The whole journey at a glance' },
    overviewShapes(map, analysis, { ...BODY, minSize: 10, maxSize: 14 }),
    footer(3),
  );
  const slides: DeckSlide[] = [
    titleSlide(content.cover, content.coverage),
    findingsSlide(content.findings, footer(2)),
    overview,
    ...changedPages.map((page, position) => whatChangedSlide(changed!, page, position, changedPages.length, footer(4 + position))),
    ...stages.map((slide, position) => stageSlide(map, analysis, slide, slidePlace(slide, stageNumber.get(slide.stageId)!, stageCount), slideHeading(map, slide), footer(after + position))),
    gapsSlide(analysis, index, footer(after + stages.length)),
    emotionSlide(content.emotionCurves, footer(after + 1 + stages.length)),
    { ...opportunitiesSlide(content.opportunities, footer(after + 2 + stages.length)), notes: serialise(map) },
  ];
  return { title: content.cover.title, ...(map.author ? { author: map.author } : {}), ...(map.client ? { company: map.client } : {}), slides };
}
