import { afterSettling } from '../files/documentFiles';
import { openMap } from '../files/openFile';
import { chooseTemplate } from './templateChooserState';

/**
 * File ▸ New: once unsaved changes are settled, the chooser offers the blank map and the examples;
 * the one picked opens as a new, untitled map. Whether a map was opened (not when cancelled).
 */
export async function newDocument(): Promise<boolean> {
  let opened = false;
  await afterSettling(async () => {
    const template = await chooseTemplate();
    if (template === null) return;
    openMap(template.map);
    opened = true;
  });
  return opened;
}
