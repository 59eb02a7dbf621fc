/** A gap kind in words with a hatched swatch, so it reads in greyscale as in colour. */
export function GapTag({ label }: { readonly label: string }) {
  return <span className="gap-tag">{label}</span>;
}
