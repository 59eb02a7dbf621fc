import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Folders import one another one way only: a folder that imports its importer is a cycle to cut
// (docs/ARCHITECTURE.md, Layers). A folder here is a top folder of shared/, electron/ or renderer/
// with everything under it; files inside one folder may import each other freely.

const root = resolve(import.meta.dirname, '../../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

/** `renderer/canvas/tools/idle.ts` → `renderer/canvas`; a file at a layer's top stands for the layer itself. */
function folderOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Which folders each folder imports from, by the relative imports of its files. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of ['shared', 'electron', 'renderer'].flatMap(sourcesUnder)) {
    const from = folderOf(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = relative(root, resolve(root, dirname(file), normalize(match[1]!)));
      const to = folderOf(target);
      if (to === from || target.startsWith('..')) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the folders along it. */
function cyclesIn(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (folder: string, path: string[]): void => {
    const at = path.indexOf(folder);
    if (at >= 0) {
      cycles.push([...path.slice(at), folder]);
      return;
    }
    if (done.has(folder)) return;
    for (const next of graph.get(folder) ?? []) walk(next, [...path, folder]);
    done.add(folder);
  };
  for (const folder of graph.keys()) walk(folder, []);
  return cycles;
}

describe('the folders of the code', () => {
  const graph = folderGraph();

  it('are read: the graph knows the renderer’s feature folders and what they import', () => {
    expect(graph.get('renderer/canvas')).toContain('renderer/store');
    expect(graph.get('renderer/app')).toContain('renderer/canvas');
  });

  it('import one another one way only: no folder reaches back to a folder that imports it', () => {
    expect(cyclesIn(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cyclesIn(looped)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
