import type { DeckShape, DeckText } from '../../shared/deck/deckShapes';
import { DECK_LINE } from '../../shared/deck/deckText';
import { FONT_FAMILY } from '../../shared/style/palette';

/** Where a line's baseline sits below its line box's top, as a share of the size (Inter's ascent in a 1.2 line). */
const BASELINE = 0.95;

/**
 * Paints shapes laid out for the deck (in points) as SVG, so that a page of the report and a slide
 * of the deck show one drawing: the overview. Each paragraph of a text box is one line, as the
 * layout wrapped it; `width` is the drawing's width on the page in CSS pixels.
 */
export function DeckShapesSvg({ shapes, viewWidth, viewHeight, width, label }: { readonly shapes: readonly DeckShape[]; readonly viewWidth: number; readonly viewHeight: number; readonly width: number; readonly label: string }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label={label} viewBox={`0 0 ${viewWidth} ${viewHeight}`} width={width} height={(width * viewHeight) / viewWidth} fontFamily={FONT_FAMILY}>
      {shapes.map((shape, index) => (
        <Shape key={index} shape={shape} />
      ))}
    </svg>
  );
}

const opacity = (transparency: number | undefined): number => 1 - (transparency ?? 0) / 100;

function Shape({ shape }: { readonly shape: DeckShape }) {
  if (shape.kind === 'rect') {
    return (
      <rect
        x={shape.x}
        y={shape.y}
        width={shape.w}
        height={shape.h}
        rx={shape.radius}
        fill={shape.fill ?? 'none'}
        fillOpacity={opacity(shape.transparency)}
        stroke={shape.line ?? 'none'}
        strokeWidth={shape.lineWidth}
        strokeDasharray={shape.dashed ? '3 2' : undefined}
      />
    );
  }
  if (shape.kind === 'ellipse') return <ellipse cx={shape.x + shape.w / 2} cy={shape.y + shape.h / 2} rx={shape.w / 2} ry={shape.h / 2} fill={shape.fill} stroke={shape.line ?? 'none'} strokeWidth={shape.lineWidth} />;
  if (shape.kind === 'path') {
    const d = shape.points
      .map((point) => (point.curve ? `C${point.curve.x1 + shape.x},${point.curve.y1 + shape.y} ${point.curve.x2 + shape.x},${point.curve.y2 + shape.y} ${point.x + shape.x},${point.y + shape.y}` : `${point.move ? 'M' : 'L'}${point.x + shape.x},${point.y + shape.y}`))
      .join('');
    return <path d={d} fill="none" stroke={shape.line} strokeWidth={shape.lineWidth} strokeOpacity={opacity(shape.transparency)} />;
  }
  return <TextBox text={shape} />;
}

function TextBox({ text }: { readonly text: DeckText }) {
  const lines = text.runs.reduce<{ text: string; bold: boolean; size: number; colour: string }[]>((all, run) => {
    const piece = { text: run.text, bold: run.bold ?? text.bold ?? false, size: run.size ?? text.size, colour: run.colour ?? text.colour };
    if (all.length === 0 || run.paragraph) all.push(piece);
    else all[all.length - 1] = { ...all[all.length - 1]!, text: all[all.length - 1]!.text + run.text };
    return all;
  }, []);
  const height = lines.reduce((sum, line) => sum + line.size * DECK_LINE, 0);
  const top = text.valign === 'middle' ? text.y + (text.h - height) / 2 : text.valign === 'bottom' ? text.y + text.h - height : text.y;
  const anchor = text.align === 'center' ? 'middle' : text.align === 'right' ? 'end' : 'start';
  const x = text.align === 'center' ? text.x + text.w / 2 : text.align === 'right' ? text.x + text.w : text.x;
  const baselines = lines.map((line, index) => top + lines.slice(0, index).reduce((sum, above) => sum + above.size * DECK_LINE, 0) + line.size * BASELINE);
  const rotation = text.rotate ? `rotate(${-((360 - text.rotate) % 360)} ${text.x + text.w / 2} ${text.y + text.h / 2})` : undefined;
  return (
    <g transform={rotation}>
      {lines.map((line, index) => (
        <text key={index} x={x} y={baselines[index]} fontSize={line.size} fontWeight={line.bold ? 600 : 400} fill={line.colour} textAnchor={anchor}>
          {line.text}
        </text>
      ))}
    </g>
  );
}
