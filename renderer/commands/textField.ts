/** Whether a key or clipboard event happened in a text field, where typing and the field's own copy and paste come first. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
}
