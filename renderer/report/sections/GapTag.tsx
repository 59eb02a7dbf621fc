// The swatch's hatching, in its 12 × 12 box: lines rising to the right, as on the map. An inline
// SVG rather than a CSS repeating gradient, which Chromium prints as an image per swatch, slowly.
const SWATCH_LINES = 'M0 2.25L2.25 0M0 6.75L6.75 0M0 11.25L11.25 0M3.75 12L12 3.75M8.25 12L12 8.25';

/** A gap kind in words with a hatched swatch, so it reads in greyscale as in colour. */
export function GapTag({ label }: { readonly label: string }) {
  return (
    <span className="gap-tag">
      <svg className="gap-tag__swatch" viewBox="0 0 12 12" aria-hidden="true">
        <rect x={0.4} y={0.4} width={11.2} height={11.2} />
        <path d={SWATCH_LINES} />
      </svg>
      {label}
    </span>
  );
}
