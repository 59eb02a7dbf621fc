/** An element of a parsed XML document: name, attributes, children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'y');
const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  return NAMED[body] ?? entity;
}

/**
 * Parses XML strictly enough to catch what breaks an SVG file in other programs: unclosed or
 * mismatched tags, unquoted or repeated attributes, a bare `&` or `<` in text, more than one root.
 * Tests have no DOM (vitest runs in Node), so they read exports with this. Throws on the first fault.
 */
export function parseXml(text: string): XmlElement {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${at}: ${JSON.stringify(text.slice(at, at + 60))}`);
  };
  const skipProlog = (): void => {
    const prolog = /^\s*<\?xml[^?]*\?>/.exec(text);
    if (prolog) at = prolog[0].length;
  };
  const readText = (): string => {
    let out = '';
    while (at < text.length && text[at] !== '<') {
      if (text[at] === '&') {
        ENTITY.lastIndex = at;
        const entity = ENTITY.exec(text) ?? fail('bare & in text');
        out += decodeEntity(entity[0]);
        at = ENTITY.lastIndex;
      } else {
        out += text[at];
        at += 1;
      }
    }
    return out;
  };
  const readElement = (): XmlElement => {
    const open = new RegExp(`<(${NAME})`, 'y');
    open.lastIndex = at;
    const match = open.exec(text) ?? fail('expected an element');
    at = open.lastIndex;
    const name = match[1] ?? '';
    const attributes: Record<string, string> = {};
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(text);
      if (!attribute) break;
      const [, key = '', quoted = ''] = attribute;
      if (key in attributes) fail(`attribute ${key} repeated`);
      if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(quoted)) fail('bare & in attribute');
      attributes[key] = quoted.slice(1, -1).replace(/&[^;]+;/g, decodeEntity);
      at = ATTRIBUTE.lastIndex;
    }
    const end = /\s*(\/?)>/y;
    end.lastIndex = at;
    const closing = end.exec(text) ?? fail(`malformed tag <${name}`);
    at = end.lastIndex;
    const children: (XmlElement | string)[] = [];
    if (closing[1] === '/') return { name, attributes, children };
    for (;;) {
      const piece = readText();
      if (piece !== '') children.push(piece);
      if (at >= text.length) fail(`<${name}> never closed`);
      if (text.startsWith('</', at)) {
        const close = new RegExp(`</(${NAME})\\s*>`, 'y');
        close.lastIndex = at;
        const closed = close.exec(text) ?? fail('malformed closing tag');
        if (closed[1] !== name) fail(`</${closed[1]}> closes <${name}>`);
        at = close.lastIndex;
        return { name, attributes, children };
      }
      children.push(readElement());
    }
  };
  skipProlog();
  while (/\s/.test(text[at] ?? '')) at += 1;
  const root = readElement();
  if (text.slice(at).trim() !== '') fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included), depth first, that satisfies `test`. */
export function findAll(root: XmlElement, test: (element: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    if (test(element)) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

/** The text inside an element, its descendants' text in order, entities decoded. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

/** Whether an element's class attribute lists `name`. */
export const hasClass = (element: XmlElement, name: string): boolean => (element.attributes['class'] ?? '').split(/\s+/).includes(name);
