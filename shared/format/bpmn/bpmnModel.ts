import type { Problem } from '../problem';

// What a BPMN 2.0 file holds that an import can use, as plain data: made by readBpmn (in a worker
// in the app, so it is structured-cloned to the page), turned into a map by buildBpmnMap.

/** A rectangle of the diagram, in the file's own units. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A pool: a participant of a collaboration, or a process drawn without one. */
export interface BpmnPool {
  /** The participant's id (the process's when the file has no collaboration). */
  readonly id: string;
  /** Its name, else its process's; empty when neither has one. */
  readonly name: string;
  /** The process it runs; null for a black-box pool, which shows no process. */
  readonly processId: string | null;
  /** Drawn left to right (the default), or top to bottom (`isHorizontal="false"`). */
  readonly horizontal: boolean;
  readonly bounds: Bounds | null;
  /** Its leaf lanes, top to bottom as drawn (as listed when the diagram does not say). */
  readonly lanes: readonly BpmnLane[];
}

/** A leaf lane of a pool (a lane holding no lanes of its own). */
export interface BpmnLane {
  readonly id: string;
  /** Its name; empty when it has none. */
  readonly name: string;
  readonly bounds: Bounds | null;
  /** The flow nodes it lists (`flowNodeRef`), which real exports often leave out. */
  readonly nodeIds: readonly string[];
}

/** What a flow node is, for the import: a card, a sub-process, or a point of the flow that is no card. */
export type BpmnNodeKind = 'activity' | 'subProcess' | 'start' | 'other';

/** A flow node: a task of any type, a call activity, a sub-process, a gateway or an event. */
export interface BpmnNode {
  readonly id: string;
  readonly kind: BpmnNodeKind;
  /** Its name with line breaks as spaces; empty when it has none. */
  readonly name: string;
  /** The pool whose process it belongs to. */
  readonly poolId: string;
  /** The sub-process it sits in, null at the top of its process. */
  readonly parentId: string | null;
  readonly bounds: Bounds | null;
  /** A sub-process drawn collapsed (its diagram shape says `isExpanded="false"`). */
  readonly collapsed: boolean;
}

/** A sequence flow between two nodes of one process or sub-process. */
export interface BpmnFlow {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/** A message flow between two pools: each end is a node or a (black-box) pool. */
export interface BpmnMessageFlow {
  readonly id: string;
  readonly name: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/** A BPMN file as read: its pools, nodes and flows, and what was noticed while reading it. */
export interface BpmnModel {
  /** The file's name, without its folder. */
  readonly file: string;
  readonly pools: readonly BpmnPool[];
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
  readonly messageFlows: readonly BpmnMessageFlow[];
  /** What the reader read past (a reference to nothing, content it does not know), in plain words. */
  readonly findings: readonly Problem[];
}
