/** A section's small label and its title, kept together and with what follows them on the page. */
export function SectionHeader({ eyebrow, title }: { readonly eyebrow: string; readonly title: string }) {
  return (
    <header className="section-header">
      <p className="report-eyebrow">{eyebrow}</p>
      <h2 className="section-title">{title}</h2>
    </header>
  );
}
