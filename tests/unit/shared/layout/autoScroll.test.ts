import { describe, expect, it } from 'vitest';
import { armEdges, AUTO_SCROLL_ZONE, autoScrollVelocity, edgeSpeed, type ScrollEdges } from '../../../../shared/layout/autoScroll';

// A 1000 × 600 viewport whose frozen lane headers end at x = 200 and header rows at y = 80.
const edges: ScrollEdges = { left: 200, top: 80, right: 1000, bottom: 600 };
const BOTH = { x: true, y: true };

describe('the speed of scrolling at an edge', () => {
  it('is nothing outside the zone, and starts slow at its inner side', () => {
    expect(edgeSpeed(AUTO_SCROLL_ZONE)).toBe(0);
    expect(edgeSpeed(500)).toBe(0);
    expect(edgeSpeed(AUTO_SCROLL_ZONE - 1)).toBeGreaterThan(0);
    expect(edgeSpeed(AUTO_SCROLL_ZONE - 1)).toBeLessThan(150);
  });

  it('grows as the pointer nears the edge and goes on growing past it, up to a cap', () => {
    const distances = [39, 30, 20, 10, 0, -20, -80, -160, -400];
    const speeds = distances.map((distance) => edgeSpeed(distance));
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]).toBeGreaterThanOrEqual(speeds[i - 1]!);
    expect(speeds[4]).toBeGreaterThan(speeds[1]! * 3);
    expect(edgeSpeed(-400)).toBe(edgeSpeed(-4000));
  });
});

describe('the scroll velocity of a gesture', () => {
  // A gesture that began in the middle, its pointer now at (x, y).
  const armedAt = (x: number, y: number) => armEdges(armEdges(null, { x: 600, y: 300 }, edges), { x, y }, edges);

  it('points at the edge the pointer is near, slower further in', () => {
    expect(autoScrollVelocity({ x: 990, y: 300 }, edges, armedAt(990, 300), BOTH)).toEqual({ x: edgeSpeed(10), y: 0 });
    expect(autoScrollVelocity({ x: 210, y: 300 }, edges, armedAt(210, 300), BOTH).x).toBe(-edgeSpeed(10));
    expect(autoScrollVelocity({ x: 600, y: 590 }, edges, armedAt(600, 590), BOTH)).toEqual({ x: 0, y: edgeSpeed(10) });
    expect(autoScrollVelocity({ x: 600, y: 300 }, edges, armedAt(600, 300), BOTH)).toEqual({ x: 0, y: 0 });
  });

  it('counts the frozen headers as beyond the edge: over them the view scrolls fast', () => {
    expect(autoScrollVelocity({ x: 100, y: 300 }, edges, armedAt(100, 300), BOTH).x).toBe(-edgeSpeed(-100));
    expect(autoScrollVelocity({ x: 600, y: 40 }, edges, armedAt(600, 40), BOTH).y).toBe(-edgeSpeed(-40));
  });

  it('scrolls a corner both ways, and only along the axes the gesture allows', () => {
    expect(autoScrollVelocity({ x: 995, y: 595 }, edges, armedAt(995, 595), BOTH)).toEqual({ x: edgeSpeed(5), y: edgeSpeed(5) });
    expect(autoScrollVelocity({ x: 995, y: 595 }, edges, armedAt(995, 595), { x: false, y: true })).toEqual({ x: 0, y: edgeSpeed(5) });
    expect(autoScrollVelocity({ x: 995, y: 595 }, edges, armedAt(995, 595), { x: true, y: false })).toEqual({ x: edgeSpeed(5), y: 0 });
  });

  it('does not scroll towards an edge the gesture began at until the pointer leaves its zone or heads for it', () => {
    // The palette chip sits in the frozen corner: dragging out of it must not scroll the map back.
    const fromCorner = armEdges(null, { x: 60, y: 30 }, edges);
    expect(autoScrollVelocity({ x: 60, y: 30 }, edges, fromCorner, BOTH)).toEqual({ x: 0, y: 0 });
    const intoBody = armEdges(fromCorner, { x: 500, y: 300 }, edges);
    const backToHeaders = armEdges(intoBody, { x: 150, y: 300 }, edges);
    expect(autoScrollVelocity({ x: 150, y: 300 }, edges, backToHeaders, BOTH).x).toBeLessThan(0);

    // A card pressed near the right side: still at first, scrolling once moved towards the side.
    const pressed = armEdges(null, { x: 975, y: 300 }, edges);
    expect(autoScrollVelocity({ x: 977, y: 300 }, edges, armEdges(pressed, { x: 977, y: 300 }, edges), BOTH).x).toBe(0);
    const headed = armEdges(armEdges(pressed, { x: 977, y: 300 }, edges), { x: 985, y: 300 }, edges);
    expect(autoScrollVelocity({ x: 985, y: 300 }, edges, headed, BOTH).x).toBe(edgeSpeed(15));
  });

  it('in a viewport too small for two zones, the nearer edge wins', () => {
    const tiny: ScrollEdges = { left: 0, top: 0, right: 60, bottom: 600 };
    const arming = armEdges(armEdges(null, { x: 30, y: 300 }, { ...tiny, right: 1000 }), { x: 50, y: 300 }, { ...tiny, right: 1000 });
    const all = { ...arming, left: true, right: true };
    expect(autoScrollVelocity({ x: 50, y: 300 }, tiny, all, BOTH).x).toBe(edgeSpeed(10));
    expect(autoScrollVelocity({ x: 10, y: 300 }, tiny, all, BOTH).x).toBe(-edgeSpeed(10));
  });
});
