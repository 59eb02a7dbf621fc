import { useMemo } from 'react';
import { Path } from 'react-konva';
import { hatchPath } from '../../shared/layout/hatchPath';
import type { Rect } from '../../shared/layout/mapLayout';

/** Props of a rectangle filled with diagonal lines. */
export interface HatchedRectProps {
  readonly rect: Rect;
  readonly stroke: string;
  /** The width of the lines. */
  readonly width: number;
  readonly opacity: number;
  /** Distance between two hatch lines, measured along the x axis. */
  readonly spacing: number;
}

/**
 * Diagonal hatching of a rectangle, the same lines the report prints (shared/layout/hatchPath.ts).
 * Gaps are hatched as well as tinted so that they stay recognisable in greyscale print and for
 * readers who cannot tell the tint apart.
 */
export function HatchedRect({ rect, stroke, width, opacity, spacing }: HatchedRectProps) {
  const data = useMemo(() => hatchPath(rect, spacing), [rect, spacing]);
  return <Path data={data} stroke={stroke} strokeWidth={width} opacity={opacity} listening={false} />;
}
