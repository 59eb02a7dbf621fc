import { journeyNameOf } from '../../host/fileName';
import type { BpmnModel } from '../bpmn/bpmnModel';
import { defaultBpmnOptions, type BpmnImportOptions } from '../bpmn/bpmnOptions';
import { buildBpmnMap } from '../bpmn/buildBpmnMap';
import { hasExtension, type Importer, type StagedImport } from './importer';

const EXTENSIONS = ['.bpmn'];
const BPMN_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** Whether the first bytes read like a BPMN 2.0 document: the BPMN namespace and a `definitions` element. */
function looksLikeBpmn(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  return head.includes(BPMN_NAMESPACE) && /<([\w.-]+:)?definitions[\s>]/.test(head);
}

/** The BPMN import in its two halves: reading (bpmn-moddle, loaded on demand) and making the map. */
export const bpmnImport: StagedImport<BpmnModel, BpmnImportOptions> = {
  async prepare(bytes, name) {
    const { readBpmn } = await import('../bpmn/readBpmn');
    const read = await readBpmn(bytes, name.split(/[\\/]/).pop() ?? name);
    return read.ok ? { ok: true, model: read.model } : read;
  },
  defaultOptions: defaultBpmnOptions,
  build: buildBpmnMap,
};

/**
 * A BPMN 2.0 process model (Signavio, Camunda, Bizagi, ARIS… exports): pools and lanes become
 * process lanes, the customer's pool the journey, activities steps in flow order (README,
 * Importing BPMN). Not a file association: the modelling tool owns `.bpmn`.
 */
export const bpmnImporter: Importer = {
  id: 'bpmn',
  name: 'BPMN 2.0 process',
  extensions: EXTENSIONS,
  mediaTypes: [],
  fileAssociation: false,
  savesInPlace: false,
  sniff: (bytes, name) => (looksLikeBpmn(bytes) ? 'content' : hasExtension(name, EXTENSIONS) ? 'name' : 'no'),
  staged: bpmnImport,
  async read(bytes, name) {
    const prepared = await bpmnImport.prepare(bytes, name);
    if (!prepared.ok) return prepared;
    const built = bpmnImport.build(prepared.model, bpmnImport.defaultOptions(prepared.model));
    return { ok: true, map: built.map, findings: built.findings };
  },
  suggestName: (fileName) => journeyNameOf(fileName, EXTENSIONS),
};
