import { useEffect, useState } from 'react';
import { isPresenting } from '../store/presentationStore';
import { openDroppedFile } from './documentFiles';
import { chooseDroppedFile } from './openFile';
import { importOrOpenDroppedFile } from './import/importDroppedFile';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets the user drop a file anywhere on the window to open it. Returns whether a file is being
 * dragged over the window, so the drop target can be shown.
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; counting them tells when the
    // pointer really left the window.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      // During a presentation a file dropped on the window opens nothing: presenting never changes the map.
      if (isPresenting()) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // Without this the browser navigates to the dropped file instead of handing it to us.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (isPresenting()) return;
      const file = chooseDroppedFile([...(event.dataTransfer?.files ?? [])]);
      if (file) void importOrOpenDroppedFile(file, openDroppedFile);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
