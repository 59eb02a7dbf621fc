import { LINE_HEIGHT, type TextStyle } from '../../shared/style/textStyle';
import { baselineAt } from './svgText';

/** Props of a block of wrapped lines. */
export interface SvgTextLinesProps {
  readonly lines: readonly string[];
  readonly x: number;
  /** Top of the first line's box; lines are LINE_HEIGHT × the font size apart. */
  readonly top: number;
  readonly style: TextStyle;
  readonly fill: string;
}

/** Wrapped lines as one <text> with a <tspan> per line, so a PDF reader finds the whole text as one piece. */
export function SvgTextLines({ lines, x, top, style, fill }: SvgTextLinesProps) {
  const lineHeight = style.size * LINE_HEIGHT;
  return (
    <text
      x={x}
      y={baselineAt(top + lineHeight / 2, style)}
      fontSize={style.size}
      fontWeight={style.weight}
      fontStyle={style.italic ? 'italic' : undefined}
      fill={fill}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? undefined : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
