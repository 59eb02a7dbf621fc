import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowColumns, type ColumnGraph } from '../../../../../shared/format/bpmn/flowColumns';

/** Every node each node reaches by one edge or more. */
function reachability(graph: ColumnGraph): Map<string, Set<string>> {
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  for (const { from, to } of graph.edges) next.get(from)!.push(to);
  const reach = new Map<string, Set<string>>();
  for (const { id } of graph.nodes) {
    const seen = new Set<string>();
    const stack = [...next.get(id)!];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...next.get(at)!);
    }
    reach.set(id, seen);
  }
  return reach;
}

/** A flow graph of a few cards, gateways and events with any edges, loops included. */
const arbitraryGraph = fc.integer({ min: 1, max: 14 }).chain((size) =>
  fc.record({
    weights: fc.array(fc.constantFrom<0 | 1>(0, 1, 1), { minLength: size, maxLength: size }),
    orders: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: size, maxLength: size }),
    edges: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }),
  }).map(({ weights, orders, edges }): ColumnGraph => ({
    nodes: weights.map((weight, index) => ({ id: `n${index}`, weight, order: orders[index]! })),
    edges: edges.map(([from, to]) => ({ from: `n${from}`, to: `n${to}` })),
  })),
);

describe('the columns of a flow', () => {
  it('put the later of two activities on a flow path in the greater column, unless both are in one loop', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const { column } = flowColumns(graph);
        const reach = reachability(graph);
        for (const a of graph.nodes) {
          for (const b of graph.nodes) {
            if (a.weight === 0 || b.weight === 0 || a === b) continue;
            const inOneLoop = reach.get(a.id)!.has(b.id) && reach.get(b.id)!.has(a.id);
            if (reach.get(a.id)!.has(b.id) && !inOneLoop) expect(column.get(b.id)!).toBeGreaterThan(column.get(a.id)!);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('names every loop with the nodes that repeat, and no node outside one', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const reach = reachability(graph);
        const { loops } = flowColumns(graph);
        const repeating = new Set(loops.flatMap((loop) => loop.nodeIds));
        for (const node of graph.nodes) expect(repeating.has(node.id)).toBe(reach.get(node.id)!.has(node.id));
      }),
    );
  });

  it('puts paired nodes in one column, or says they stay apart because the flow runs between them', () => {
    const pairs = fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 4 });
    fc.assert(
      fc.property(arbitraryGraph, pairs, (graph, picked) => {
        const together = picked.filter(([a, b]) => a < graph.nodes.length && b < graph.nodes.length && a !== b).map(([a, b]) => [`n${a}`, `n${b}`] as const);
        const { column, apart } = flowColumns({ ...graph, together });
        for (const pair of together) if (!apart.includes(pair)) expect(column.get(pair[0])).toBe(column.get(pair[1]));
        for (const pair of apart) expect(together).toContainEqual(pair);
        // A pair the flow does not order at all is never kept apart when it is the only one.
        const reach = reachability(graph);
        if (together.length === 1 && !reach.get(together[0]![0])!.has(together[0]![1]) && !reach.get(together[0]![1])!.has(together[0]![0])) expect(apart).toEqual([]);
      }),
    );
  });

  it('lays a sequence out one column per card, gateways and events taking none', () => {
    const graph: ColumnGraph = {
      nodes: [
        { id: 'start', weight: 0, order: 0 },
        { id: 'a', weight: 1, order: 1 },
        { id: 'split', weight: 0, order: 2 },
        { id: 'b', weight: 1, order: 3 },
        { id: 'c', weight: 1, order: 3 },
        { id: 'join', weight: 0, order: 4 },
        { id: 'd', weight: 1, order: 5 },
      ],
      edges: [
        { from: 'start', to: 'a' },
        { from: 'a', to: 'split' },
        { from: 'split', to: 'b' },
        { from: 'split', to: 'c' },
        { from: 'b', to: 'join' },
        { from: 'c', to: 'join' },
        { from: 'join', to: 'd' },
        { from: 'd', to: 'a' },
      ],
    };
    const { column, loops } = flowColumns(graph);
    expect(['a', 'b', 'c', 'd'].map((id) => column.get(id))).toEqual([0, 1, 1, 2]);
    expect(loops).toEqual([{ nodeIds: ['a', 'split', 'b', 'c', 'join', 'd'] }]);
  });
});
