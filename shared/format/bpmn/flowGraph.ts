import type { BpmnModel, BpmnNode, Bounds } from './bpmnModel';
import type { SubprocessMode } from './bpmnOptions';
import { pushTo, type ColumnGraph } from './flowColumns';

// Which flow nodes become cards, and the flow between them. An expanded sub-process, when its
// inner activities are shown, is no card: flows into it lead to its first inner nodes, flows out
// of it leave from its last. The inside of a sub-process shown as one card is hidden: flows from
// inside it count as from the card.

/** How a flow node shows on the map. */
type Shown = 'card' | 'container' | 'point' | 'hidden';

/** The cards of a model and the flow graph over them and the gateways and events between them. */
export interface FlowGraph {
  /** The nodes that become steps, in file order. */
  readonly cards: readonly BpmnNode[];
  readonly graph: ColumnGraph;
  /** The card a message flow's end stands for: itself, the card it sits in, or the nearest card along the flow. */
  cardFor(id: string, direction: 'in' | 'out'): BpmnNode | null;
  /** A node's diagram bounds, else the bounds of the nearest sub-process around it that is drawn. */
  boundsOf(node: BpmnNode): Bounds | null;
}

/** The flow graph of a model, with sub-processes shown as the mode says (drawn-collapsed ones are always one card). */
export function flowGraph(model: BpmnModel, mode: SubprocessMode): FlowGraph {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const children = new Map<string, BpmnNode[]>();
  for (const node of model.nodes) if (node.parentId !== null) pushTo(children, node.parentId, node);
  const hasActivity = (id: string): boolean => (children.get(id) ?? []).some((child) => child.kind === 'activity' || (child.kind === 'subProcess' && hasActivity(child.id)));

  const shown = new Map<string, Shown>();
  // Nodes are listed parents first, so a parent's verdict is known before its children's.
  for (const node of model.nodes) {
    const parent = node.parentId === null ? null : shown.get(node.parentId);
    if (parent === 'card' || parent === 'hidden') shown.set(node.id, 'hidden');
    else if (node.kind === 'activity') shown.set(node.id, 'card');
    else if (node.kind === 'subProcess') shown.set(node.id, node.collapsed || mode === 'collapse' || !hasActivity(node.id) ? 'card' : 'container');
    else shown.set(node.id, 'point');
  }
  const cardAround = (node: BpmnNode): BpmnNode => {
    let current = node;
    while (shown.get(current.id) === 'hidden' && current.parentId !== null) current = byId.get(current.parentId)!;
    return current;
  };

  const inside = new Map<string, { into: Set<string>; outOf: Set<string> }>();
  for (const flow of model.flows) {
    const [source, target] = [byId.get(flow.sourceId), byId.get(flow.targetId)];
    if (!source || !target || source.parentId !== target.parentId || source.parentId === null) continue;
    const sets = inside.get(source.parentId) ?? { into: new Set<string>(), outOf: new Set<string>() };
    sets.into.add(target.id);
    sets.outOf.add(source.id);
    inside.set(source.parentId, sets);
  }
  // Where the flow enters a container (its start events, else its nodes nothing leads to) and where it leaves.
  const ends = (id: string, side: 'entries' | 'exits'): string[] => {
    const inner = children.get(id) ?? [];
    const sets = inside.get(id);
    let chosen = side === 'entries' ? inner.filter((child) => child.kind === 'start') : [];
    if (chosen.length === 0) chosen = inner.filter((child) => !(side === 'entries' ? sets?.into : sets?.outOf)?.has(child.id));
    if (chosen.length === 0) chosen = inner;
    return chosen.flatMap((child) => endpoint(child.id, side === 'entries' ? 'in' : 'out'));
  };
  const endpoint = (id: string, direction: 'in' | 'out'): string[] => {
    const node = byId.get(id);
    if (!node) return [];
    const state = shown.get(id);
    if (state === 'hidden') return [cardAround(node).id];
    if (state === 'container') return ends(id, direction === 'in' ? 'entries' : 'exits');
    return [id];
  };

  const edges: { from: string; to: string }[] = [];
  for (const flow of model.flows) {
    for (const from of endpoint(flow.sourceId, 'out')) for (const to of endpoint(flow.targetId, 'in')) if (from !== to) edges.push({ from, to });
  }

  const poolOf = new Map(model.pools.map((pool) => [pool.id, pool]));
  const boundsOf = (node: BpmnNode): Bounds | null => {
    let current: BpmnNode | undefined = node;
    while (current && !current.bounds) current = current.parentId === null ? undefined : byId.get(current.parentId);
    return current?.bounds ?? null;
  };
  const orderOf = (node: BpmnNode, index: number): number => {
    const bounds = boundsOf(node);
    if (!bounds) return index;
    return poolOf.get(node.poolId)?.horizontal === false ? bounds.y + bounds.height / 2 : bounds.x + bounds.width / 2;
  };
  const graphNodes = model.nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => shown.get(node.id) === 'card' || shown.get(node.id) === 'point')
    .map(({ node, index }) => ({ id: node.id, weight: shown.get(node.id) === 'card' ? (1 as const) : (0 as const), order: orderOf(node, index), poolId: node.poolId }));

  // A process drawn without sequence flows (a Visio-like export) is read in the order it is drawn.
  const flowing = new Set(edges.flatMap((edge) => [byId.get(edge.from)!.poolId]));
  for (const pool of model.pools) {
    if (flowing.has(pool.id)) continue;
    const drawn = graphNodes.filter((node) => node.poolId === pool.id && node.weight === 1).sort((a, b) => a.order - b.order);
    for (let at = 1; at < drawn.length; at++) edges.push({ from: drawn[at - 1]!.id, to: drawn[at]!.id });
  }

  const nextOf = new Map<string, string[]>();
  const previousOf = new Map<string, string[]>();
  for (const { from, to } of edges) {
    pushTo(nextOf, from, to);
    pushTo(previousOf, to, from);
  }
  const nearestCard = (start: string, links: ReadonlyMap<string, readonly string[]>): BpmnNode | null => {
    const queue = [start];
    const seen = new Set(queue);
    for (let at = 0; at < queue.length; at++) {
      const id = queue[at]!;
      if (shown.get(id) === 'card') return byId.get(id)!;
      for (const link of links.get(id) ?? []) {
        if (seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    return null;
  };
  const cardFor = (id: string, direction: 'in' | 'out'): BpmnNode | null => {
    const ends = endpoint(id, direction);
    const [first, second] = direction === 'in' ? [nextOf, previousOf] : [previousOf, nextOf];
    for (const end of ends) {
      const card = nearestCard(end, first) ?? nearestCard(end, second);
      if (card) return card;
    }
    return null;
  };

  return {
    cards: model.nodes.filter((node) => shown.get(node.id) === 'card'),
    graph: { nodes: graphNodes.map(({ id, weight, order }) => ({ id, weight, order })), edges },
    cardFor,
    boundsOf,
  };
}
