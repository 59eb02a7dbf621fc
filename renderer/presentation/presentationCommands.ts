import type { AnyCommand } from '../commands/command';
import { startPresentation } from './presentationControl';

/** Presenting the map, slide by slide (F5, as in slide software; a clicker's start button sends it too). */
export const PRESENTATION_COMMANDS: readonly AnyCommand[] = [{ id: 'view.present', label: 'Present', shortcuts: ['F5'], whileTyping: true, perform: startPresentation }];
