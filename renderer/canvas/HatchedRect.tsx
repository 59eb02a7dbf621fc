import type Konva from 'konva';
import { Shape } from 'react-konva';
import type { Rect } from '../../shared/layout/mapLayout';

/** Props of a rectangle filled with diagonal lines. */
export interface HatchedRectProps {
  readonly rect: Rect;
  readonly stroke: string;
  readonly opacity: number;
  /** Distance between two hatch lines, measured along the x axis. */
  readonly spacing?: number;
}

/**
 * Diagonal hatching clipped to a rectangle. Gaps are hatched as well as tinted so that they stay
 * recognisable in greyscale print and for readers who cannot tell the tint apart.
 */
export function HatchedRect({ rect, stroke, opacity, spacing = 10 }: HatchedRectProps) {
  const sceneFunc = (context: Konva.Context, shape: Konva.Shape): void => {
    const { width, height } = rect;
    context.beginPath();
    context.rect(0, 0, width, height);
    context.clip();
    context.beginPath();
    // Each line is x + y = constant in map coordinates, with the constant a multiple of the
    // spacing, so that neighbouring hatched areas continue each other's lines.
    const phase = (rect.x + rect.y + height) % spacing;
    for (let x = -height - phase; x < width; x += spacing) {
      context.moveTo(x, height);
      context.lineTo(x + height, 0);
    }
    context.strokeShape(shape);
  };
  return <Shape x={rect.x} y={rect.y} sceneFunc={sceneFunc} stroke={stroke} strokeWidth={1} opacity={opacity} listening={false} />;
}
