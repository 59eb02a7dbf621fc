import type { BpmnModel, BpmnPool } from './bpmnModel';

/** How expanded sub-processes become steps: their inner activities, or one step each. */
export type SubprocessMode = 'expand' | 'collapse';

export const SUBPROCESS_MODES: readonly SubprocessMode[] = ['expand', 'collapse'];

/** What the person chooses when importing a BPMN file. */
export interface BpmnImportOptions {
  /** The pool that is the customer: its activities (or its messages) become the journey lane. None: every pool is the organisation's. */
  readonly customerPoolId: string | null;
  readonly subprocesses: SubprocessMode;
  /** The pools and lanes left out (unticked), by their BPMN ids. */
  readonly excludedIds: readonly string[];
}

// Words a pool of the customer is called by, in the languages consultants meet most; a guess the
// person confirms, never a decision.
const CUSTOMER_WORDS = /\b(customers?|clients?|applicants?|patients?|consumers?|buyers?|citizens?|guests?|passengers?|policy ?holders?|kund(e|en|in)|klient(en|in)?|cliente?s?|patient(en|in)?|bürger(in)?|antragsteller(in)?)\b/i;

/** Whether a pool's name says it is the customer's. */
export const soundsLikeCustomer = (name: string): boolean => CUSTOMER_WORDS.test(name);

/**
 * The pool most likely the customer's: one named like a customer (customer, client, applicant,
 * patient…), else a black-box pool (one that shows no process, as the customer's usually is) that
 * exchanges messages; null when nothing points to one, or when there is only one pool.
 */
export function guessCustomerPool(model: BpmnModel): BpmnPool | null {
  if (model.pools.length < 2) return null;
  // A process drawn without a pool (its id is the process's) is the organisation's own; a long name
  // ("Check for connected clients") names work, not a party.
  const named = model.pools.find((pool) => pool.id !== pool.processId && pool.name.split(/\s+/).length <= 3 && soundsLikeCustomer(pool.name));
  if (named) return named;
  const messagesOf = (pool: BpmnPool): number => {
    const nodeIds = new Set(model.nodes.filter((node) => node.poolId === pool.id).map((node) => node.id));
    const ours = (id: string): boolean => id === pool.id || nodeIds.has(id);
    return model.messageFlows.filter((flow) => ours(flow.sourceId) || ours(flow.targetId)).length;
  };
  const blackBoxes = model.pools.filter((pool) => pool.processId === null && messagesOf(pool) > 0);
  return blackBoxes.sort((a, b) => messagesOf(b) - messagesOf(a))[0] ?? null;
}

/** The options an import starts from: the guessed customer, sub-processes expanded, everything ticked. */
export function defaultBpmnOptions(model: BpmnModel): BpmnImportOptions {
  return { customerPoolId: guessCustomerPool(model)?.id ?? null, subprocesses: 'expand', excludedIds: [] };
}
