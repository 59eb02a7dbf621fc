// The columns of a process: an activity comes after everything that leads to it. Each node's
// column is the longest path to it from the start, counting the cards on the way (gateways and
// events take no column). A loop (a strongly connected part of the flow) is laid out from where
// the flow enters it, its loop-back edges set aside, and as a whole: whatever leads into the loop
// comes before all of it, whatever follows it after all of it. Nodes that must share a column (a
// customer's step and the organisation activity it exchanges a message with) are merged, unless
// merging would go against the flow.

/** A node of the flow graph: a card takes a column (weight 1), a gateway or an event none (0). */
export interface ColumnNode {
  readonly id: string;
  readonly weight: 0 | 1;
  /** Where it is drawn along its pool's direction: the walk visits earlier ones first. */
  readonly order: number;
}

/** The flow graph to lay out in columns. */
export interface ColumnGraph {
  readonly nodes: readonly ColumnNode[];
  /** Sequence flows: `to` comes after `from` (unless the edge closes a loop). */
  readonly edges: readonly { readonly from: string; readonly to: string }[];
  /** Pairs that share a column, in order of importance; a pair that would close a loop stays apart. */
  readonly together?: readonly (readonly [string, string])[];
  /** Orderings to keep when they close no loop (a message between two organisation pools). */
  readonly soft?: readonly { readonly from: string; readonly to: string }[];
}

/** A loop of the flow: the nodes that repeat, the one the flow enters it by first. */
export interface FlowLoop {
  readonly nodeIds: readonly string[];
}

/** The column of every node, the loops set aside, and the pairs that could not share a column. */
export interface FlowColumns {
  readonly column: ReadonlyMap<string, number>;
  readonly loops: readonly FlowLoop[];
  readonly apart: readonly (readonly [string, string])[];
}

/** Adds a value to the list a map holds under a key, making the list on first use. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** Lays the graph out in columns (see the file's head). */
export function flowColumns(graph: ColumnGraph): FlowColumns {
  const byOrder = (a: string, b: string): number => orderOf.get(a)! - orderOf.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const orderOf = new Map(graph.nodes.map((node) => [node.id, node.order]));
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  const seenEdges = new Set<string>();
  for (const { from, to } of graph.edges) {
    const key = `${from}\u0000${to}`;
    if (!next.has(from) || !next.has(to) || seenEdges.has(key)) continue;
    seenEdges.add(key);
    next.get(from)!.push(to);
  }
  for (const targets of next.values()) targets.sort(byOrder);

  const { loops, forward, virtual } = acyclic(graph.nodes.map((node) => node.id).sort(byOrder), next, byOrder);

  // Groups of nodes that share a column, as a union-find over the nodes.
  const allNodes: ColumnNode[] = [...graph.nodes, ...virtual.map((id) => ({ id, weight: 0 as const, order: 0 }))];
  const parent = new Map(allNodes.map((node) => [node.id, node.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const reaches = (from: string, to: string): boolean => {
    const goal = find(to);
    const seen = new Set<string>();
    const stack = [...members(find(from))];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (find(id) === goal) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const target of forward.get(id) ?? []) stack.push(target, ...members(find(target)));
    }
    return false;
  };
  const groupMembers = new Map<string, string[]>(allNodes.map((node) => [node.id, [node.id]]));
  const members = (root: string): readonly string[] => groupMembers.get(root) ?? [root];

  const apart: (readonly [string, string])[] = [];
  for (const pair of graph.together ?? []) {
    const [a, b] = pair;
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    if (reaches(a, b) || reaches(b, a)) {
      apart.push(pair);
      continue;
    }
    parent.set(rb, ra);
    groupMembers.set(ra, [...members(ra), ...members(rb)]);
    groupMembers.delete(rb);
  }
  for (const { from, to } of graph.soft ?? []) {
    if (!parent.has(from) || !parent.has(to) || find(from) === find(to) || reaches(to, from)) continue;
    forward.get(from)!.push(to);
  }
  const column = longestPaths(allNodes, forward, find);
  return { column: new Map(graph.nodes.map((node) => [node.id, column.get(node.id)!])), loops, apart };
}

/**
 * The flow without its loops: each loop (strongly connected part) is walked depth first from where
 * the flow enters it and its loop-back edges are left out; edges into a loop go to a point before
 * all of it, edges out of it leave from a point after all of it (the `virtual` nodes).
 */
function acyclic(ids: readonly string[], next: ReadonlyMap<string, readonly string[]>, byOrder: (a: string, b: string) => number): { loops: FlowLoop[]; forward: Map<string, string[]>; virtual: string[] } {
  const part = stronglyConnected(ids, next);
  const members = new Map<number, string[]>();
  for (const id of ids) pushTo(members, part.get(id)!, id);
  const looping = (id: string): boolean => members.get(part.get(id)!)!.length > 1 || next.get(id)!.includes(id);
  const forward = new Map<string, string[]>(ids.map((id) => [id, []]));
  const link = (from: string, to: string): void => pushTo(forward, from, to);
  const entered = new Map<number, string[]>();
  for (const [from, targets] of next) {
    for (const to of targets) {
      if (part.get(from) === part.get(to)) continue;
      link(looping(from) ? `\u0000out${part.get(from)}` : from, looping(to) ? `\u0000in${part.get(to)}` : to);
      if (looping(to)) pushTo(entered, part.get(to)!, to);
    }
  }
  const loops: FlowLoop[] = [];
  const virtual: string[] = [];
  for (const [index, nodes] of members) {
    if (!looping(nodes[0]!)) continue;
    const [entry, exit] = [`\u0000in${index}`, `\u0000out${index}`];
    virtual.push(entry, exit);
    for (const id of nodes) {
      link(entry, id);
      link(id, exit);
    }
    const starts = [...new Set([...(entered.get(index) ?? []).sort(byOrder), ...nodes])];
    for (const [from, to] of walkWithoutLoopBacks(starts, new Set(nodes), next)) link(from, to);
    loops.push({ nodeIds: [starts[0]!, ...nodes.filter((id) => id !== starts[0])] });
  }
  return { loops, forward, virtual };
}

/** The edges inside a loop that a depth-first walk from its entries follows forward (every edge but the loop-back ones). */
function walkWithoutLoopBacks(starts: readonly string[], inside: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>): [string, string][] {
  const state = new Map<string, 'open' | 'done'>();
  const kept: [string, string][] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const cursor: number[] = [0];
    state.set(start, 'open');
    while (path.length > 0) {
      const id = path[path.length - 1]!;
      const targets = next.get(id)!.filter((target) => inside.has(target));
      const at = cursor[cursor.length - 1]!;
      if (at >= targets.length) {
        state.set(id, 'done');
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = at + 1;
      const target = targets[at]!;
      const seen = state.get(target);
      if (seen === 'open') continue;
      kept.push([id, target]);
      if (seen === undefined) {
        state.set(target, 'open');
        path.push(target);
        cursor.push(0);
      }
    }
  }
  return kept;
}

/** Tarjan's strongly connected parts, without recursion: the part index of every node. */
function stronglyConnected(ids: readonly string[], next: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const part = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  let parts = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; at: number }[] = [{ id: root, at: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.id)!;
      if (frame.at < targets.length) {
        const target = targets[frame.at++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, at: 0 });
        } else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          part.set(member, parts);
        } while (member !== frame.id);
        parts++;
      }
    }
  }
  return part;
}

/** Each node's column: the most card weight on any path to its group, over the graph of groups (acyclic by now). */
function longestPaths(nodes: readonly ColumnNode[], forward: ReadonlyMap<string, readonly string[]>, find: (id: string) => string): Map<string, number> {
  const weight = new Map<string, number>();
  for (const node of nodes) weight.set(find(node.id), Math.max(weight.get(find(node.id)) ?? 0, node.weight));
  const after = new Map<string, Set<string>>();
  const waiting = new Map<string, number>();
  for (const root of weight.keys()) {
    after.set(root, new Set());
    waiting.set(root, 0);
  }
  for (const [from, targets] of forward) {
    for (const to of targets) {
      const [a, b] = [find(from), find(to)];
      if (a === b || after.get(a)!.has(b)) continue;
      after.get(a)!.add(b);
      waiting.set(b, waiting.get(b)! + 1);
    }
  }
  const groupColumn = new Map<string, number>();
  const ready = [...weight.keys()].filter((root) => waiting.get(root) === 0);
  for (const root of ready) groupColumn.set(root, 0);
  while (ready.length > 0) {
    const root = ready.pop()!;
    const reach = groupColumn.get(root)! + weight.get(root)!;
    for (const target of after.get(root)!) {
      groupColumn.set(target, Math.max(groupColumn.get(target) ?? 0, reach));
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  return new Map(nodes.map((node) => [node.id, groupColumn.get(find(node.id)) ?? 0]));
}
