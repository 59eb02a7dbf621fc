import { useEffect, useState, type RefObject } from 'react';

/** Whether a scroller hides content to its right, and how wide its vertical scrollbar is. */
export interface RightEdge {
  readonly moreToTheRight: boolean;
  readonly scrollbarWidth: number;
}

/**
 * Watches a scroller's right edge, so a fade can say "the journey goes on" where a card is cut by
 * the window rather than looking broken; the fade stops short of the scrollbar.
 */
export function useMoreToTheRight(scroller: RefObject<HTMLElement | null>): RightEdge {
  const [edge, setEdge] = useState<RightEdge>({ moreToTheRight: false, scrollbarWidth: 0 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => {
      const moreToTheRight = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      const scrollbarWidth = element.offsetWidth - element.clientWidth;
      setEdge((previous) =>
        previous.moreToTheRight === moreToTheRight && previous.scrollbarWidth === scrollbarWidth ? previous : { moreToTheRight, scrollbarWidth },
      );
    };
    measure();
    const resizes = new ResizeObserver(measure);
    resizes.observe(element);
    for (const child of element.children) resizes.observe(child);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resizes.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [scroller]);
  return edge;
}
