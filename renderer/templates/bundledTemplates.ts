import { parse } from '../../shared/format/parse';
import type { JourneyMap } from '../../shared/model/journeyMap';

/** An example map shipped with the app, to start from or to show the method. */
export interface Template {
  /** The file name without `.journey`. */
  readonly id: string;
  readonly map: JourneyMap;
}

const sources = import.meta.glob<string>('../../assets/templates/*.journey', { query: '?raw', import: 'default', eager: true });

/** The bundled examples, sorted by title. A template that does not load is a build defect, so it throws. */
export const BUNDLED_TEMPLATES: readonly Template[] = Object.entries(sources)
  .map(([path, text]): Template => {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.journey$/, '');
    const result = parse(text);
    if (!result.ok) throw new Error(`The bundled template ${id} does not load: ${result.problems.map((p) => p.message).join(' ')}`);
    return { id, map: result.value };
  })
  .sort((a, b) => a.map.title.localeCompare(b.map.title));
