/** The properties an element is made with: its own (as on the DOM object) and any attributes through them. */
type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>>;

/**
 * Makes an element with properties and children. Text goes in as `textContent` or as string
 * children, which the DOM keeps as text: nothing a phone or the room sends is ever parsed as markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<K> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  Object.assign(made, props);
  made.append(...children);
  return made;
}
