import type { ModdleElement } from 'bpmn-moddle';
import { shortened } from '../../words/shortened';
import type { Problem } from '../problem';
import type { BpmnFlow, BpmnLane, BpmnMessageFlow, BpmnModel, BpmnNode, BpmnPool, Bounds } from './bpmnModel';
import { bpmnText } from './bpmnText';
import { judgeWarnings } from './moddleWarnings';

// Reads a BPMN 2.0 file with bpmn-moddle (the reader of bpmn-js and Camunda Modeler) into the plain
// model the import works on. A few hundred milliseconds for a large export: the app runs it in a
// worker, the command line in its own process.

/** A BPMN file read into the import's model, or why it cannot be imported. */
export type ReadBpmnResult = { readonly ok: true; readonly model: BpmnModel } | { readonly ok: false; readonly problems: readonly Problem[] };

const refuse = (message: string): ReadBpmnResult => ({ ok: false, problems: [{ path: '$', message }] });

/** Reads the bytes of a BPMN file called `file` (its name without folders) into the import's model. */
export async function readBpmn(bytes: Uint8Array, file: string): Promise<ReadBpmnResult> {
  const decoded = bpmnText(bytes);
  if (!decoded.ok) return refuse(decoded.message);
  const { BpmnModdle } = await import('bpmn-moddle');
  let root: ModdleElement;
  let warnings: readonly { readonly message: string }[];
  try {
    const read = await new BpmnModdle().fromXML(decoded.text);
    root = read.rootElement;
    warnings = read.warnings;
  } catch (error) {
    return refuse(whyUnreadable(decoded.text, error instanceof Error ? error.message : String(error)));
  }
  const verdict = judgeWarnings(warnings);
  if (verdict.problems.length > 0) return { ok: false, problems: verdict.problems };
  const model = modelOf(root, file, verdict.findings);
  if (!model.nodes.some((node) => node.kind === 'activity' || node.kind === 'subProcess')) {
    return refuse('The file holds no activity (a task, sub-process or call activity), so there is no step to make of it.');
  }
  return { ok: true, model };
}

/** Why bpmn-moddle could not read the text at all: not XML, or XML of another kind. */
function whyUnreadable(text: string, reason: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(text.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, ''));
  if (/failed to parse document as/.test(reason) && root) {
    const prefix = root[1] ? root[1].slice(0, -1) : '';
    const namespace = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(text)?.[1];
    const where = namespace ? ` in the namespace ${shortened(namespace, 60)}` : ' in no namespace';
    return `The file is XML but not BPMN 2.0: its root element is <${shortened(root[2]!, 40)}>${where}, where a BPMN file has <definitions> in http://www.omg.org/spec/BPMN/20100524/MODEL.`;
  }
  const detail = /nested error:\s*([^\n]*)/.exec(reason)?.[1] ?? reason.split('\n')[0]!;
  const line = /line:\s*(\d+)/.exec(reason)?.[1];
  return `The file is not well-formed XML (${shortened(detail, 60)}${line === undefined ? '' : `, line ${Number(line) + 1}`}), so it cannot be read as BPMN.`;
}

const list = (value: unknown): readonly ModdleElement[] => (Array.isArray(value) ? (value as ModdleElement[]) : []);
const element = (value: unknown): ModdleElement | null => (value !== null && typeof value === 'object' && '$type' in value ? (value as ModdleElement) : null);
const idOf = (value: unknown): string => (typeof element(value)?.id === 'string' ? (element(value)!.id as string) : '');
/** A name as a card shows it: line breaks and runs of white space become one space. */
export const cleanName = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

interface Shape {
  readonly bounds: Bounds | null;
  readonly horizontal: boolean | undefined;
  readonly expanded: boolean | undefined;
  readonly plane: number;
}

/** Every shape of the file's diagrams by the id of the element it draws; the first drawing wins. */
function shapesOf(definitions: ModdleElement): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  list(definitions.diagrams).forEach((diagram, plane) => {
    for (const drawn of list(element(diagram.plane)?.planeElement)) {
      if (!drawn.$instanceOf('bpmndi:BPMNShape')) continue;
      const id = idOf(drawn.bpmnElement);
      if (!id || shapes.has(id)) continue;
      const box = element(drawn.bounds);
      const bounds = box && [box.x, box.y, box.width, box.height].every((n) => typeof n === 'number' && Number.isFinite(n))
        ? { x: box.x as number, y: box.y as number, width: box.width as number, height: box.height as number }
        : null;
      shapes.set(id, { bounds, horizontal: drawn.isHorizontal as boolean | undefined, expanded: drawn.isExpanded as boolean | undefined, plane });
    }
  });
  return shapes;
}

function modelOf(definitions: ModdleElement, file: string, findings: readonly Problem[]): BpmnModel {
  const shapes = shapesOf(definitions);
  const roots = list(definitions.rootElements);
  const processes = roots.filter((root) => root.$instanceOf('bpmn:Process'));
  const collaborations = roots.filter((root) => root.$instanceOf('bpmn:Collaboration'));
  const participants = collaborations.flatMap((collaboration) => list(collaboration.participants));
  const pools: BpmnPool[] = [];
  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const drawnProcesses = new Set<string>();

  const addPool = (id: string, name: string, process: ModdleElement | null): void => {
    const shape = shapes.get(id);
    const processId = process ? idOf(process) : null;
    if (processId) drawnProcesses.add(processId);
    const lanes = process ? leafLanesOf(process, shapes) : [];
    const horizontal = shape?.horizontal ?? !lanes.some((lane) => shapes.get(lane.id)?.horizontal === false);
    pools.push({ id, name, processId, horizontal, bounds: shape?.bounds ?? null, lanes: sortAcross(lanes, horizontal) });
    if (process) collectNodes(process, id, null, shapes, nodes, flows);
  };

  for (const participant of participants) {
    const process = element(participant.processRef);
    // A second pool of the same process (a tool that draws one process twice) adds nothing new.
    if (process && drawnProcesses.has(idOf(process))) continue;
    addPool(idOf(participant), cleanName(participant.name) || cleanName(process?.name), process);
  }
  for (const process of processes) {
    if (drawnProcesses.has(idOf(process)) || list(process.flowElements).length === 0) continue;
    addPool(idOf(process), cleanName(process.name), process);
  }
  const messageFlows: BpmnMessageFlow[] = collaborations
    .flatMap((collaboration) => list(collaboration.messageFlows))
    .filter((flow) => idOf(flow.sourceRef) && idOf(flow.targetRef))
    .map((flow) => ({ id: idOf(flow), name: cleanName(flow.name) || cleanName(element(flow.messageRef)?.name), sourceId: idOf(flow.sourceRef), targetId: idOf(flow.targetRef) }));
  // Pools in the order they are drawn, top to bottom (left to right for vertical ones), when all are drawn.
  const drawn = pools.every((pool) => pool.bounds !== null);
  const across = (pool: BpmnPool): number => (pool.horizontal ? pool.bounds!.y : pool.bounds!.x);
  return { file, pools: drawn ? [...pools].sort((a, b) => across(a) - across(b)) : pools, nodes, flows, messageFlows, findings };
}

/** The lanes of a process that hold no lanes of their own, with the flow nodes each lists. */
function leafLanesOf(process: ModdleElement, shapes: ReadonlyMap<string, Shape>): BpmnLane[] {
  const leaves: BpmnLane[] = [];
  const visit = (lanes: readonly ModdleElement[]): void => {
    for (const lane of lanes) {
      const children = list(element(lane.childLaneSet)?.lanes);
      if (children.length > 0) visit(children);
      else leaves.push({ id: idOf(lane), name: cleanName(lane.name), bounds: shapes.get(idOf(lane))?.bounds ?? null, nodeIds: list(lane.flowNodeRef).map(idOf).filter(Boolean) });
    }
  };
  for (const laneSet of list(process.laneSets)) visit(list(laneSet.lanes));
  return leaves;
}

/** Lanes in the order they are drawn across the pool: top to bottom, or left to right in a vertical pool. */
function sortAcross(lanes: readonly BpmnLane[], horizontal: boolean): BpmnLane[] {
  if (lanes.some((lane) => lane.bounds === null)) return [...lanes];
  return [...lanes].sort((a, b) => (horizontal ? a.bounds!.y - b.bounds!.y : a.bounds!.x - b.bounds!.x));
}

/** The flow nodes and sequence flows of a process or sub-process, and of the sub-processes in it. */
function collectNodes(container: ModdleElement, poolId: string, parentId: string | null, shapes: ReadonlyMap<string, Shape>, nodes: BpmnNode[], flows: BpmnFlow[]): void {
  for (const item of list(container.flowElements)) {
    const id = idOf(item);
    if (!id) continue;
    if (item.$instanceOf('bpmn:SequenceFlow')) {
      const sourceId = idOf(item.sourceRef);
      const targetId = idOf(item.targetRef);
      if (sourceId && targetId) flows.push({ id, sourceId, targetId });
      continue;
    }
    if (!item.$instanceOf('bpmn:FlowNode')) continue;
    const shape = shapes.get(id);
    const subProcess = item.$instanceOf('bpmn:SubProcess');
    const kind = subProcess ? 'subProcess' : item.$instanceOf('bpmn:Activity') ? 'activity' : item.$instanceOf('bpmn:StartEvent') ? 'start' : 'other';
    const inner = subProcess ? list(item.flowElements) : [];
    // Drawn collapsed when the diagram says so, or when none of its inner nodes is drawn beside it.
    const collapsed = shape?.expanded === false || (shape !== undefined && shape.expanded === undefined && !inner.some((child) => shapes.get(idOf(child))?.plane === shape.plane));
    nodes.push({ id, kind, name: cleanName(item.name), poolId, parentId, bounds: shape?.bounds ?? null, collapsed });
    // A boundary event's path leaves its activity: it comes after it.
    const attachedTo = idOf(item.attachedToRef);
    if (attachedTo) flows.push({ id: `${id}#attached`, sourceId: attachedTo, targetId: id });
    if (subProcess) collectNodes(item, poolId, id, shapes, nodes, flows);
  }
}
