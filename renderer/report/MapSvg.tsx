import { useMemo } from 'react';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import { coverageMarks } from '../../shared/analysis/coverageMarks';
import { dotsByGap, dotsByStep } from '../../shared/analysis/voteResults';
import { gapDotBadge } from '../../shared/layout/dotBadge';
import { CARD_TAG_SIZE } from '../../shared/layout/cardStyle';
import { GAP_STYLE } from '../../shared/layout/gapStyle';
import { hatchPath } from '../../shared/layout/hatchPath';
import { columnMarks } from '../../shared/layout/layoutMap';
import type { ColumnMark, GapBand, LaneBand, MapLayout, StageHeader } from '../../shared/layout/mapLayout';
import { wrapText } from '../../shared/layout/wrapText';
import type { JourneyMap, Step } from '../../shared/model/journeyMap';
import { minimumScaleFor, type MapTile } from '../../shared/report/tileMap';
import { FONT_FAMILY, KIND_ACCENT, LANE_DETAIL_LABEL, LANE_FILL, PALETTE } from '../../shared/style/palette';
import { LINE_HEIGHT, type TextStyle } from '../../shared/style/textStyle';
import { analysisOf } from '../store/analysisOf';
import { measureText } from '../theme/measureText';
import { LANE_KIND_TITLES } from '../../shared/words/laneKindWords';
import { SvgEmotionBand } from './SvgEmotionBand';
import { dotsTitle, SvgStepCard, SvgTag } from './SvgStepCard';
import { SvgTextLines } from './SvgTextLines';
import { baselineAt } from './svgText';

/** The smallest font the painter sets, in layout pixels (the cards' tags and the lanes' kind words). */
export const SMALLEST_MAP_FONT_PX = CARD_TAG_SIZE.print.text.size;
/** The smallest scale the map may be printed at: its smallest text then prints at 7 pt. */
export const MAP_MIN_SCALE = minimumScaleFor(SMALLEST_MAP_FONT_PX);

const KIND_WORD: TextStyle = { size: 11, weight: 600, letterSpacing: 0.8 };
const LANE_TITLE: TextStyle = { size: 15, weight: 600 };
const LANE_UNTITLED: TextStyle = { size: 15, weight: 400, italic: true };
const LANE_DETAIL: TextStyle = { size: 12, weight: 400 };
const STAGE_TITLE: TextStyle = { size: 13, weight: 600 };
const STAGE_UNTITLED: TextStyle = { size: 13, weight: 400, italic: true };
const AXIS_LABEL: TextStyle = { size: 12, weight: 400 };
const GAPS = GAP_STYLE.print;
const HEADER_PADDING = 14;
const STAGE_PADDING = 12;
/** Narrower than this, a stage title squeezed by a tile's edge is left out rather than shown as a lone ellipsis. */
const NARROWEST_STAGE_TITLE = 28;

/** Props of the SVG map: the whole map, or one tile of it. */
export interface MapSvgProps {
  readonly layout: MapLayout;
  readonly map: JourneyMap;
  readonly tile?: MapTile;
  /** Keeps the ids of clip paths unique when several maps share a page. */
  readonly idPrefix?: string;
  /** The analysis the cards are marked by; the map's own unless given (the compare view gives the map after's). */
  readonly analysis?: CoverageAnalysis;
}

/** Which part of the layout a tile shows, and how its content moves to sit next to the repeated headers. */
interface TileView {
  readonly width: number;
  readonly height: number;
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly lanes: readonly LaneBand[];
  /** The layout's x of the first shown column and right of the last one. */
  readonly left: number;
  readonly right: number;
  readonly dx: number;
  readonly dy: number;
}

function tileView(layout: MapLayout, tile: MapTile | undefined): TileView {
  const fromColumn = tile?.fromColumn ?? 0;
  const toColumn = tile?.toColumn ?? layout.columnCount - 1;
  const lanes = tile ? layout.lanes.slice(tile.fromLane, tile.toLane + 1) : layout.lanes;
  const headerRows = layout.axis.y + layout.axis.height;
  const left = layout.axis.x + fromColumn * layout.columnWidth;
  return {
    width: tile?.width ?? layout.width,
    height: tile?.height ?? layout.height,
    fromColumn,
    toColumn,
    lanes,
    left,
    right: layout.axis.x + (toColumn + 1) * layout.columnWidth,
    dx: layout.axis.x - left,
    dy: headerRows - (lanes[0]?.y ?? headerRows),
  };
}

const oneLine = (text: string, width: number, style: TextStyle): string => wrapText(text, width, 1, (piece) => measureText(piece, style))[0] ?? '';

/**
 * Paints a map, or one tile of it, as vector SVG with real text: stage headers, column numbers,
 * lanes with their header cells, gaps tinted and hatched, and the step cards with their marks and
 * the dots the room placed on them in the votes revealed.
 * The geometry is the shared layout's, so the report shows what the canvas shows.
 */
export function MapSvg({ layout, map, tile, idPrefix = 'map', analysis }: MapSvgProps) {
  const view = tileView(layout, tile);
  // One analysis per map object (the report's own): a tiled map has a MapSvg per page.
  const marks = useMemo(() => coverageMarks(map, analysis ?? analysisOf(map)), [map, analysis]);
  const stepsById = useMemo(() => new Map<string, Step>(map.steps.map((step) => [step.id, step])), [map]);
  const dots = useMemo(() => dotsByStep(map), [map]);
  const gapDots = useMemo(() => dotsByGap(map, analysis ?? analysisOf(map)), [map, analysis]);
  const shownLanes = new Set(view.lanes.map((lane) => lane.laneId));
  const inColumns = (from: number, to: number): boolean => from <= view.toColumn && to >= view.fromColumn;
  const steps = layout.steps.filter((box) => shownLanes.has(box.laneId) && inColumns(box.column, box.column + box.span - 1));
  const gaps = layout.gaps.filter((gap) => inColumns(gap.fromColumn, gap.toColumn));
  const columns = columnMarks(layout, view.fromColumn, view.toColumn);
  const headerWidth = layout.axis.x;
  const headerRows = layout.axis.y + layout.axis.height;
  const bodyWidth = view.width - headerWidth;
  const lanesHeight = view.height - headerRows;
  const id = (name: string): string => `${idPrefix}-${name}`;
  const label = `Journey map “${map.title}”${tile && tile.label !== 'Whole map' ? `, ${tile.label.toLowerCase()}` : ''}`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="map-svg"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${view.width} ${view.height}`}
      width={view.width}
      height={view.height}
      fontFamily={FONT_FAMILY}
    >
      <defs>
        <clipPath id={id('rows')}>
          <rect x={headerWidth} y={0} width={bodyWidth} height={headerRows} />
        </clipPath>
        <clipPath id={id('body')}>
          <rect x={headerWidth} y={headerRows} width={bodyWidth} height={lanesHeight} />
        </clipPath>
        <clipPath id={id('headers')}>
          <rect x={0} y={headerRows} width={headerWidth} height={lanesHeight} />
        </clipPath>
      </defs>
      <rect x={0} y={0} width={view.width} height={view.height} fill={PALETTE.cardFill} />
      <g clipPath={`url(#${id('rows')})`}>
        <g transform={`translate(${view.dx} 0)`}>
          <StageRow layout={layout} view={view} />
          <Axis layout={layout} view={view} columns={columns} />
        </g>
      </g>
      <Corner layout={layout} />
      <g clipPath={`url(#${id('body')})`}>
        <g transform={`translate(${view.dx} ${view.dy})`}>
          {view.lanes.map((lane) => (
            <rect key={lane.laneId} x={view.left} y={lane.y} width={view.right - view.left} height={lane.height} fill={LANE_FILL[lane.kind]} />
          ))}
          <GridLines layout={layout} view={view} columns={columns} />
          {gaps.map((gap) => (
            <GapShade key={gapKey(gap)} gap={gap} shown={shownLanes.has(gap.laneId)} />
          ))}
          {view.lanes.map((lane) => (
            <rect key={lane.laneId} x={view.left} y={lane.y + lane.height - 1} width={view.right - view.left} height={1} fill={PALETTE.laneDivider} />
          ))}
          {gaps
            .filter((gap) => shownLanes.has(gap.laneId))
            .map((gap) => (
              <GapLabel key={gapKey(gap)} gap={gap} view={view} dots={gapDots.get(gap.stepIds[0] ?? '') ?? 0} />
            ))}
          {layout.emotionCurves
            .filter((curve) => shownLanes.has(curve.laneId))
            .map((curve) => (
              <SvgEmotionBand key={curve.laneId} curve={curve} left={view.left} right={view.right} />
            ))}
          {steps.map((box) => (
            <SvgStepCard key={box.stepId} box={box} step={stepsById.get(box.stepId)} mark={marks.get(box.stepId)} dots={dots.get(box.stepId)} />
          ))}
        </g>
      </g>
      <g clipPath={`url(#${id('headers')})`}>
        <g transform={`translate(0 ${view.dy})`}>
          {view.lanes.map((lane) => (
            <LaneHeader key={lane.laneId} lane={lane} />
          ))}
        </g>
      </g>
      <rect x={0.5} y={0.5} width={view.width - 1} height={view.height - 1} fill="none" stroke={PALETTE.laneDivider} strokeWidth={1} />
    </svg>
  );
}

const gapKey = (gap: GapBand): string => `${gap.laneId}:${gap.stepIds[0] ?? gap.fromColumn}`;

/** A gap's tint and hatching in its journey lane (when the tile shows that lane), and its faint reach through the process lanes; hatched so gaps read in greyscale print too. */
function GapShade({ gap, shown }: { readonly gap: GapBand; readonly shown: boolean }) {
  const { band, reach } = gap;
  const { colour, edge } = GAPS;
  return (
    <g className="map-gap" data-gap-kind={gap.kind}>
      {reach && <rect {...reach} fill={colour} fillOpacity={GAPS.reach.fillOpacity} />}
      {reach && <path className="map-hatch" d={hatchPath(reach, GAPS.reach.hatchSpacing)} fill="none" stroke={colour} strokeOpacity={GAPS.reach.hatchOpacity} strokeWidth={GAPS.hatchWidth} />}
      {shown && (
        <>
          <rect {...band} fill={colour} fillOpacity={GAPS.band.fillOpacity} />
          <path className="map-hatch" d={hatchPath(band, GAPS.band.hatchSpacing)} fill="none" stroke={colour} strokeOpacity={GAPS.band.hatchOpacity} strokeWidth={GAPS.hatchWidth} />
          <rect x={band.x} y={band.y} width={edge.width} height={band.height} fill={colour} fillOpacity={edge.opacity} />
          <rect x={band.x + band.width - edge.width} y={band.y} width={edge.width} height={band.height} fill={colour} fillOpacity={edge.opacity} />
        </>
      )}
    </g>
  );
}

/** A gap's kind and size on a pill under its cards; a gap cut by the tile's edge is labelled where it comes into view. */
/** A gap's label pill and, once a vote is revealed, its dot badge at the right end of the part of its strip this tile shows. */
function GapLabel({ gap, view, dots }: { readonly gap: GapBand; readonly view: TileView; readonly dots: number }) {
  const { label } = GAPS;
  const box = gap.labelBox;
  const inset = box.x - gap.band.x;
  const left = Math.max(box.x, view.left + inset);
  const room = Math.min(box.x + box.width, view.right - inset) - left;
  const badge = dots > 0 ? gapDotBadge({ count: dots, own: false }, { ...box, x: left, width: room }, 'print', measureText) : null;
  const text = oneLine(`${gap.label} · ${gap.detail}`, room - label.paddingX * 2 - (badge ? badge.width + label.paddingX : 0), label.text);
  if (text === '' || room < 40) return null;
  const width = Math.min(room, measureText(text, label.text) + label.paddingX * 2);
  const height = box.height - label.shorter;
  const top = box.y + label.top;
  return (
    <g className="map-gap-label">
      <rect x={left} y={top} width={width} height={height} rx={label.cornerRadius} fill={label.fill} stroke={label.stroke} strokeWidth={label.strokeWidth} />
      <text x={left + label.paddingX} y={baselineAt(top + height / 2, label.text)} fontSize={label.text.size} fontWeight={label.text.weight} fill={label.colour}>
        {text}
      </text>
      {badge && <SvgTag tag={badge} x={0} y={0} title={dotsTitle(badge.words)} />}
    </g>
  );
}

/** Faint lines at the column boundaries, a shade darker where a stage begins, so stages read down through the lanes. */
function GridLines({ layout, view, columns }: { readonly layout: MapLayout; readonly view: TileView; readonly columns: readonly ColumnMark[] }) {
  const top = view.lanes[0]?.y ?? 0;
  const last = view.lanes.at(-1);
  const bottom = last ? last.y + last.height : top;
  const stageStarts = new Set(layout.stages.map((stage) => stage.x));
  return columns.map((column) => {
    const right = column.x + column.width;
    return <rect key={column.column} x={right - 1} y={top} width={1} height={bottom - top} fill={stageStarts.has(right) ? PALETTE.laneDivider : PALETTE.gridLine} />;
  });
}

/** The stage headers, alternating their shade; a stage cut by the tile's left edge shows its title from that edge. */
function StageRow({ layout, view }: { readonly layout: MapLayout; readonly view: TileView }) {
  const { stageRow } = layout;
  if (stageRow.height === 0) return null;
  return (
    <g className="map-stages">
      <rect x={view.left} y={stageRow.y} width={view.right - view.left} height={stageRow.height} fill={PALETTE.canvas} />
      {layout.stages.map((stage, index) =>
        stage.x < view.right && stage.x + stage.width > view.left ? <StageCell key={stage.stageId} stage={stage} view={view} shade={index % 2 === 0 ? PALETTE.stageFill : PALETTE.stageFillAlternate} /> : null,
      )}
    </g>
  );
}

function StageCell({ stage, view, shade }: { readonly stage: StageHeader; readonly view: TileView; readonly shade: string }) {
  const titled = stage.title.trim() !== '';
  const style = titled ? STAGE_TITLE : STAGE_UNTITLED;
  const left = Math.max(stage.x, view.left) + STAGE_PADDING;
  const room = Math.min(stage.x + stage.width, view.right) - left - STAGE_PADDING;
  const text = room >= NARROWEST_STAGE_TITLE ? oneLine(titled ? stage.title : 'Untitled stage', room, style) : '';
  return (
    <g className="map-stage">
      <rect x={stage.x} y={stage.y} width={stage.width - 1} height={stage.height} fill={shade} />
      {text !== '' && (
        <text
          x={left}
          y={baselineAt(stage.y + stage.height / 2, style)}
          fontSize={style.size}
          fontWeight={style.weight}
          fontStyle={style.italic ? 'italic' : undefined}
          fill={titled ? PALETTE.mutedInk : PALETTE.faintInk}
        >
          {text}
        </text>
      )}
    </g>
  );
}

/** The numbered column axis, numbered from 1 as people count. */
function Axis({ layout, view, columns }: { readonly layout: MapLayout; readonly view: TileView; readonly columns: readonly ColumnMark[] }) {
  const { axis } = layout;
  return (
    <g className="map-axis">
      <rect x={view.left} y={axis.y} width={view.right - view.left} height={axis.height} fill={PALETTE.canvas} />
      <rect x={view.left} y={axis.y + axis.height - 1} width={view.right - view.left} height={1} fill={PALETTE.laneDivider} />
      {columns.map((column) => (
        <text
          key={column.column}
          x={column.x + column.width / 2}
          y={baselineAt(column.y + column.height / 2, AXIS_LABEL)}
          fontSize={AXIS_LABEL.size}
          textAnchor="middle"
          fill={PALETTE.mutedInk}
        >
          {column.label}
        </text>
      ))}
    </g>
  );
}

/** The corner above the lane headers, captioning the header rows it sits beside. */
function Corner({ layout }: { readonly layout: MapLayout }) {
  const { stageRow, axis } = layout;
  const width = axis.x;
  const bottom = axis.y + axis.height;
  const caption = (text: string, y: number, height: number) => (
    <text x={width - HEADER_PADDING} y={baselineAt(y + height / 2, AXIS_LABEL)} fontSize={AXIS_LABEL.size} textAnchor="end" fill={PALETTE.faintInk}>
      {text}
    </text>
  );
  return (
    <g className="map-corner">
      <rect x={0} y={0} width={width} height={bottom} fill={PALETTE.canvas} />
      <rect x={0} y={bottom - 1} width={width} height={1} fill={PALETTE.laneDivider} />
      <rect x={width - 1} y={0} width={1} height={bottom} fill={PALETTE.laneDivider} />
      {stageRow.height > 0 && caption('Stage', stageRow.y, stageRow.height)}
      {caption('Column', axis.y, axis.height)}
    </g>
  );
}

/** A lane's header cell: its kind in small capitals, its title, and its persona or owner when named. */
function LaneHeader({ lane }: { readonly lane: LaneBand }) {
  const { x, y, width, height } = lane.header;
  const textWidth = width - HEADER_PADDING * 2;
  const left = x + HEADER_PADDING;
  const detailLines = lane.detail ? wrapText(`${LANE_DETAIL_LABEL[lane.kind]}: ${lane.detail}`, textWidth, 2, (text) => measureText(text, LANE_DETAIL)) : [];
  const detailLineHeight = LANE_DETAIL.size * LINE_HEIGHT;
  const detailTop = y + height - 10 - detailLines.length * detailLineHeight;
  const titled = lane.title.trim() !== '';
  const titleStyle = titled ? LANE_TITLE : LANE_UNTITLED;
  const titleLineHeight = titleStyle.size * LINE_HEIGHT;
  const titleTop = y + 31;
  const titleLines = Math.max(1, Math.floor((detailTop - (detailLines.length > 0 ? 4 : 0) - titleTop) / titleLineHeight));
  const title = titled ? wrapText(lane.title, textWidth, titleLines, (text) => measureText(text, titleStyle)) : ['Untitled lane'];
  return (
    <g className="map-lane-header" data-lane-id={lane.laneId}>
      <rect x={x} y={y} width={width} height={height - 1} fill={PALETTE.laneHeader} />
      <rect x={x} y={y} width={3} height={height - 1} fill={KIND_ACCENT[lane.kind]} />
      <rect x={x + width - 1} y={y} width={1} height={height} fill={PALETTE.laneDivider} />
      <rect x={x} y={y + height - 1} width={width} height={1} fill={PALETTE.laneDivider} />
      <text
        x={left}
        y={baselineAt(y + 19, KIND_WORD)}
        fontSize={KIND_WORD.size}
        fontWeight={KIND_WORD.weight}
        letterSpacing={KIND_WORD.letterSpacing}
        fill={KIND_ACCENT[lane.kind]}
      >
        {oneLine(LANE_KIND_TITLES[lane.kind].toUpperCase(), textWidth, KIND_WORD)}
      </text>
      <SvgTextLines lines={title} x={left} top={titleTop} style={titleStyle} fill={titled ? PALETTE.ink : PALETTE.faintInk} />
      {detailLines.length > 0 && <SvgTextLines lines={detailLines} x={left} top={detailTop} style={LANE_DETAIL} fill={PALETTE.mutedInk} />}
    </g>
  );
}
