import type { BpmnLane, BpmnModel, BpmnNode, BpmnPool, Bounds } from './bpmnModel';

/** Where an activity's lane came from: the lane's own list, the diagram, or neither (the pool). */
export type LaneEvidence = 'listed' | 'drawn' | 'pool';

/** The leaf lane an activity belongs to (null: none, so the pool), and how that was known. */
export interface LanePlace {
  readonly lane: BpmnLane | null;
  readonly evidence: LaneEvidence;
}

const centre = (bounds: Bounds): { x: number; y: number } => ({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 });
const holds = (box: Bounds, point: { x: number; y: number }): boolean => point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;

/**
 * Finds each activity's lane: the leaf lane that lists it (or the sub-process it sits in) in
 * `flowNodeRef`; else the lane whose drawing holds the centre of its drawing (real exports often
 * leave tasks out of `flowNodeRef`); else none, and it goes to its pool.
 */
export function laneFinder(model: BpmnModel, boundsOf: (node: BpmnNode) => Bounds | null): (node: BpmnNode) => LanePlace {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const pools = new Map<string, BpmnPool>(model.pools.map((pool) => [pool.id, pool]));
  const listedIn = new Map<string, BpmnLane>();
  for (const pool of model.pools) for (const lane of pool.lanes) for (const id of lane.nodeIds) if (!listedIn.has(id)) listedIn.set(id, lane);
  return (node) => {
    const lanes = pools.get(node.poolId)?.lanes ?? [];
    if (lanes.length === 0) return { lane: null, evidence: 'pool' };
    for (let current: BpmnNode | undefined = node; current; current = current.parentId === null ? undefined : byId.get(current.parentId)) {
      const listed = listedIn.get(current.id);
      if (listed && lanes.includes(listed)) return { lane: listed, evidence: 'listed' };
    }
    const bounds = boundsOf(node);
    if (bounds) {
      const drawn = lanes.find((lane) => lane.bounds !== null && holds(lane.bounds, centre(bounds)));
      if (drawn) return { lane: drawn, evidence: 'drawn' };
    }
    return { lane: null, evidence: 'pool' };
  };
}
