import { SLIDE_TEXT } from '../../shared/presentation/slideStyle';
import { textOf } from './slideUnits';

interface SlideHeaderProps {
  /** What kind of slide, or where it sits: "Overview", "Stage 2 of 3". */
  readonly kicker: string;
  readonly heading: string;
  /** A figure beside the heading: the coverage of what the slide shows. */
  readonly figure: string | null;
  /** The slides either side, named faintly at the edges; null at the ends. */
  readonly before?: string | null;
  readonly after?: string | null;
}

/** The top of a slide: where it sits, its heading, its figure, and its neighbours dimmed at the edges. */
export function SlideHeader({ kicker, heading, figure, before = null, after = null }: SlideHeaderProps) {
  return (
    <header className="slide__header">
      <div className="slide__kicker-row" style={textOf(SLIDE_TEXT.laneDetail)}>
        <p className="slide__kicker">{kicker}</p>
        {(before || after) && (
          <p className="slide__neighbours" aria-hidden="true">
            {before && <span className="slide__neighbour">‹ {before}</span>}
            {before && after && <span className="slide__neighbour-gap" />}
            {after && <span className="slide__neighbour slide__neighbour--after">{after} ›</span>}
          </p>
        )}
      </div>
      <div className="slide__title-row">
        <h2 className="slide__heading" style={textOf(SLIDE_TEXT.heading)}>
          {heading}
        </h2>
        {figure && (
          <p className="slide__figure" style={textOf(SLIDE_TEXT.subheading)}>
            {figure}
          </p>
        )}
      </div>
    </header>
  );
}
