// Figures as a person reads them, the same wherever they appear. Coverage has two spellings: the
// screen and the command line write `40%`, print sets the sign apart as typographers do.

/** "1 step", "3 steps". */
export function stepCountLabel(count: number): string {
  return count === 1 ? '1 step' : `${count} steps`;
}

/** A gap's severity as printed everywhere, always with its one decimal: "7.0", "12.5". */
export function formatSeverity(severity: number): string {
  return severity.toFixed(1);
}

/** A coverage ratio on screen and on the command line: `40%`, `44.4%`. */
export function formatCoverage(coverage: number): string {
  return `${Math.round(coverage * 1000) / 10}%`;
}

/** A coverage ratio as the report prints it: `40 %`, `44.4 %` (a no-break space keeps the sign with its figure). */
export function reportPercent(coverage: number): string {
  return `${Math.round(coverage * 1000) / 10}\u00a0%`;
}
