import { afterSettling } from '../files/documentFiles';
import { openMap } from '../files/openFile';
import type { Template } from './bundledTemplates';

/**
 * Shows a template as a new, untitled document once unsaved changes are settled: it is never tied
 * to the template's file, so Save asks where to save. Whether it was shown.
 */
export const openTemplate = (template: Template): Promise<boolean> => afterSettling(() => openMap(template.map));
