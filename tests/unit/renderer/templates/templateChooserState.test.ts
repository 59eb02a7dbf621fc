import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES } from '../../../../renderer/templates/bundledTemplates';
import { chooseTemplate, useTemplateChooser } from '../../../../renderer/templates/templateChooserState';

describe('chooseTemplate', () => {
  it('opens the chooser and resolves with the template picked, closing it', async () => {
    const chosen = chooseTemplate();
    const answer = useTemplateChooser.getState().answer;
    expect(answer).not.toBeNull();
    answer!(BUNDLED_TEMPLATES[1]!);
    expect(await chosen).toBe(BUNDLED_TEMPLATES[1]);
    expect(useTemplateChooser.getState().answer).toBeNull();
  });

  it('resolves null when cancelled, and turns down a second chooser while one is open', async () => {
    const first = chooseTemplate();
    expect(await chooseTemplate()).toBeNull();
    useTemplateChooser.getState().answer!(null);
    expect(await first).toBeNull();
    expect(useTemplateChooser.getState().answer).toBeNull();
  });
});
