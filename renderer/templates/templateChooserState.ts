import { create } from 'zustand';
import type { Template } from './bundledTemplates';

interface TemplateChooserState {
  /** Answers the open chooser with the template picked, or null when it is cancelled; null while closed. */
  readonly answer: ((template: Template | null) => void) | null;
}

/** The New chooser, while it is open. */
export const useTemplateChooser = create<TemplateChooserState>()(() => ({ answer: null }));

/** Shows the New chooser; resolves with the template picked, or null when cancelled (or when it is open already). */
export function chooseTemplate(): Promise<Template | null> {
  if (useTemplateChooser.getState().answer !== null) return Promise.resolve(null);
  return new Promise((resolve) => {
    useTemplateChooser.setState({
      answer: (template) => {
        useTemplateChooser.setState({ answer: null });
        resolve(template);
      },
    });
  });
}
