// bpmn-moddle ships types for its elements but none for its entry point; this is the part of it
// the import uses.
declare module 'bpmn-moddle' {
  /** An element as bpmn-moddle reads it: its type, its properties, and references resolved to elements. */
  export interface ModdleElement {
    readonly $type: string;
    $instanceOf(type: string): boolean;
    readonly [property: string]: unknown;
  }
  /** Something read past, in bpmn-moddle's words (first line: what, then line and column). */
  export interface ModdleWarning {
    readonly message: string;
  }
  export interface ParseResult {
    readonly rootElement: ModdleElement;
    readonly warnings: readonly ModdleWarning[];
  }
  export class BpmnModdle {
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
