import type { JourneyMap, Lane, Step } from '../../model/journeyMap';
import { limitWords, MAP_LIMITS } from '../../model/limits';
import type { Source } from '../../model/source';
import { shortened } from '../../words/shortened';
import type { Problem } from '../problem';
import type { BpmnModel, BpmnNode, BpmnPool } from './bpmnModel';
import type { BpmnImportOptions } from './bpmnOptions';
import { flowColumns } from './flowColumns';
import { flowGraph } from './flowGraph';
import { laneFinder } from './laneFinder';

/** What an import of the file would make, for the dialog's preview. */
export interface BpmnImportSummary {
  readonly processLanes: number;
  readonly processSteps: number;
  readonly journeySteps: number;
  /** Journey steps that share a column with an organisation activity they exchange a message with. */
  readonly touchpoints: number;
}

/** A BPMN model made into a map with the person's options, with everything read past named. */
export interface BuiltBpmnMap {
  readonly map: JourneyMap;
  readonly findings: readonly Problem[];
  readonly summary: BpmnImportSummary;
}

const finding = (message: string): Problem => ({ path: '$', message });
const quoted = (name: string): string => `“${shortened(name, 50)}”`;
const listed = (names: readonly string[]): string => `${names.slice(0, 3).map(quoted).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
const UNNAMED_STEP = 'Unnamed activity';

/** The map title a BPMN file's name gives: "Claims handling.bpmn" → "Claims handling". */
export const titleOfFile = (file: string): string => file.replace(/\.[^.]*$/, '') || file;

/**
 * Makes the map of a BPMN model (issue: what lands where). The customer's pool becomes the journey
 * lane, each other pool's named lanes (or the pool itself) process lanes; activities become steps in
 * flow order, and each message between the customer and an organisation activity puts the two in
 * one column, a touchpoint.
 */
export function buildBpmnMap(model: BpmnModel, options: BpmnImportOptions): BuiltBpmnMap {
  const findings: Problem[] = [...model.findings];
  const excluded = new Set(options.excludedIds);
  const customer = model.pools.find((pool) => pool.id === options.customerPoolId) ?? null;
  const source = (id: string): Source => ({ kind: 'bpmn', id: id.slice(0, MAP_LIMITS.titleLength), file: model.file.slice(0, MAP_LIMITS.titleLength) });
  const poolNames = new Map(model.pools.map((pool, index) => [pool.id, poolTitle(model, index)]));

  const graph = flowGraph(model, options.subprocesses);
  const nodeById = new Map(model.nodes.map((node) => [node.id, node]));
  const inCustomer = (id: string): boolean => id === customer?.id || nodeById.get(id)?.poolId === customer?.id;

  // Messages between the customer and the organisation: the two cards share a column; between two
  // organisation pools, the sender comes first where the flow allows.
  const together: [string, string][] = [];
  const soft: { from: string; to: string }[] = [];
  const contacts: { flowId: string; name: string; card: BpmnNode }[] = [];
  for (const flow of model.messageFlows) {
    const from = graph.cardFor(flow.sourceId, 'out');
    const to = graph.cardFor(flow.targetId, 'in');
    const withCustomer = customer !== null && inCustomer(flow.sourceId) !== inCustomer(flow.targetId);
    if (!withCustomer) {
      if (from && to) soft.push({ from: from.id, to: to.id });
      continue;
    }
    const organisation = inCustomer(flow.sourceId) ? to : from;
    const theirs = inCustomer(flow.sourceId) ? from : to;
    if (!organisation) {
      findings.push(finding(`The message ${flow.name ? quoted(flow.name) : `“${shortened(flow.id, 40)}”`} between the customer and the organisation reaches no activity of the organisation, so it makes no touchpoint.`));
    } else if (theirs) together.push([theirs.id, organisation.id]);
    else contacts.push({ flowId: flow.id, name: flow.name, card: organisation });
  }
  const columns = flowColumns({ ...graph.graph, together, soft });
  for (const [a, b] of columns.apart) {
    findings.push(finding(`${quoted(nameOf(nodeById.get(a)!))} and ${quoted(nameOf(nodeById.get(b)!))} exchange a message but cannot share a column without going against the flow; they stay apart.`));
  }
  for (const loop of columns.loops) {
    const cards = loop.nodeIds.map((id) => nodeById.get(id)!).filter((node) => graph.cards.includes(node));
    if (cards.length === 0) continue;
    findings.push(finding(`The flow loops back to ${quoted(nameOf(cards[0]!))}: ${cards.length === 1 ? 'that step may repeat' : `the steps ${listed(cards.map(nameOf))} may repeat`}.`));
  }

  // Lanes: the journey first, then each pool's lanes in the order drawn.
  const laneOf = laneFinder(model, graph.boundsOf);
  const lanes: (Lane & { readonly key: string })[] = [];
  const laneKey = new Map<BpmnNode, string>();
  const placedByDrawing: string[] = [];
  const inNoLane = new Map<string, number>();
  const unnamedLanes = new Set<string>();
  const cards = graph.cards.filter((node) => !excluded.has(node.poolId) || node.poolId === customer?.id);
  for (const card of cards) {
    if (card.poolId === customer?.id) {
      laneKey.set(card, `journey`);
      continue;
    }
    const place = laneOf(card);
    if (place.lane && excluded.has(place.lane.id)) continue;
    if (place.evidence === 'drawn') placedByDrawing.push(nameOf(card));
    const pool = model.pools.find((candidate) => candidate.id === card.poolId)!;
    if (place.evidence === 'pool' && pool.lanes.length > 0) inNoLane.set(pool.id, (inNoLane.get(pool.id) ?? 0) + 1);
    // A pool whose lanes are all unnamed is just the pool (Signavio draws one such lane in each); only an unnamed lane beside named ones loses something.
    if (place.lane && !place.lane.name && pool.lanes.some((lane) => lane.name)) unnamedLanes.add(pool.id);
    laneKey.set(card, place.lane?.name ? place.lane.id : pool.id);
  }
  const usedKeys = new Set(laneKey.values());
  if (customer && (usedKeys.has('journey') || contacts.length > 0)) lanes.push({ key: 'journey', id: '', kind: 'journey', title: poolNames.get(customer.id)!, source: source(customer.id) });
  for (const pool of model.pools) {
    if (pool === customer) continue;
    if (usedKeys.has(pool.id)) lanes.push({ key: pool.id, id: '', kind: 'process', title: poolNames.get(pool.id)!, source: source(pool.id) });
    for (const lane of pool.lanes) if (usedKeys.has(lane.id)) lanes.push({ key: lane.id, id: '', kind: 'process', title: lane.name, source: source(lane.id) });
  }
  const laneIds = new Map(lanes.map((lane, index) => [lane.key, `lane-${index + 1}`]));
  const unnamedFinding = unnamedPools(model, model.pools.filter((pool) => !pool.name && lanes.some((lane) => lane.key === pool.id || (lane.key === 'journey' && pool === customer))));
  if (unnamedFinding) findings.push(unnamedFinding);

  // Steps, in columns renumbered without the ones only left-out activities held.
  const placed = [...laneKey].map(([card, key]) => ({ key, column: columns.column.get(card.id) ?? 0, title: nameOf(card), id: card.id }));
  for (const contact of contacts) {
    if (!laneKey.has(contact.card)) continue;
    placed.push({ key: 'journey', column: columns.column.get(contact.card.id) ?? 0, title: contact.name || `Contact: ${nameOf(contact.card)}`, id: contact.flowId });
  }
  const used = [...new Set(placed.map((step) => step.column))].sort((a, b) => a - b);
  const compact = new Map(used.map((column, index) => [column, index]));
  const laneOrder = new Map(lanes.map((lane, index) => [lane.key, index]));
  const steps: Step[] = placed
    .sort((a, b) => a.column - b.column || laneOrder.get(a.key)! - laneOrder.get(b.key)!)
    .map((step, index) => ({ id: `step-${index + 1}`, laneId: laneIds.get(step.key)!, title: step.title, column: compact.get(step.column)!, span: 1, source: source(step.id) }));

  const unnamed = cards.filter((card) => laneKey.has(card) && !card.name).length;
  if (unnamed > 0) findings.push(finding(`${unnamed === 1 ? 'An activity has' : `${unnamed} activities have`} no name in the file; ${unnamed === 1 ? 'its step reads' : 'their steps read'} “${UNNAMED_STEP}”.`));
  if (placedByDrawing.length > 0) findings.push(finding(`${placedByDrawing.length === 1 ? 'One activity was' : `${placedByDrawing.length} activities were`} placed in a lane by where ${placedByDrawing.length === 1 ? 'it is' : 'they are'} drawn, as the file's lanes do not list ${placedByDrawing.length === 1 ? 'it' : 'them'}: ${listed(placedByDrawing)}.`));
  for (const [poolId, count] of inNoLane) findings.push(finding(`${count === 1 ? 'One activity' : `${count} activities`} of ${quoted(poolNames.get(poolId)!)} ${count === 1 ? 'sits' : 'sit'} in no lane; ${count === 1 ? 'it went' : 'they went'} to a lane named after the pool.`));
  for (const poolId of unnamedLanes) findings.push(finding(`A lane of ${quoted(poolNames.get(poolId)!)} has no name; its activities went to a lane named after the pool.`));

  // A name longer than a map's titles may be is cut there, so the map saves and opens again.
  const long = [...lanes, ...steps].filter((item) => item.title.length > MAP_LIMITS.titleLength).length;
  if (long > 0) findings.push(finding(`${long === 1 ? 'A name is' : `${long} names are`} longer than ${limitWords(MAP_LIMITS.titleLength)} characters, the most a title may have; ${long === 1 ? 'it was' : 'they were'} cut there.`));
  const clip = <T extends { readonly title: string }>(item: T): T => (item.title.length > MAP_LIMITS.titleLength ? { ...item, title: item.title.slice(0, MAP_LIMITS.titleLength) } : item);

  const journeyLaneId = laneIds.get('journey');
  const processSteps = steps.filter((step) => step.laneId !== journeyLaneId);
  const touchpoints = steps.filter((step) => step.laneId === journeyLaneId && processSteps.some((other) => other.column === step.column)).length;
  return {
    map: { id: 'map-1', title: titleOfFile(model.file).slice(0, MAP_LIMITS.titleLength), stages: [], lanes: lanes.map(({ key, ...lane }) => clip({ ...lane, id: laneIds.get(key)! })), steps: steps.map(clip) },
    findings,
    summary: { processLanes: lanes.filter((lane) => lane.kind === 'process').length, processSteps: processSteps.length, journeySteps: steps.length - processSteps.length, touchpoints },
  };
}

const nameOf = (node: BpmnNode): string => node.name || UNNAMED_STEP;

/**
 * What a pool is called, in the dialog and on its lane: its name; an unnamed one after the file
 * when it is the only pool, else after its place ("Pool 2").
 */
export const poolTitle = (model: BpmnModel, index: number): string => model.pools[index]?.name || (model.pools.length === 1 ? titleOfFile(model.file) : `Pool ${index + 1}`);

/** What to say of the pools without a name whose lanes are on the map (`poolTitle` names them), or null. */
function unnamedPools(model: BpmnModel, unnamed: readonly BpmnPool[]): Problem | null {
  const titles = unnamed.map((pool) => poolTitle(model, model.pools.indexOf(pool)));
  if (titles.length === 0) return null;
  if (model.pools.length === 1) return finding(`The process has no name in the file; its lane is called ${quoted(titles[0]!)}.`);
  if (titles.length === 1) return finding(`A pool has no name in the file; its lane is called ${quoted(titles[0]!)} by its place.`);
  return finding(`${titles.length} pools have no name in the file; their lanes are called by their place: ${listed(titles)}.`);
}
