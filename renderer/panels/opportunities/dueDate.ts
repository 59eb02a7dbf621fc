const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-31` as "31 Mar 2026": unambiguous on any projector, whatever the machine's locale. */
export function formatDueDate(due: string): string {
  const [year, month, day] = due.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && day ? `${day} ${name} ${year}` : due;
}
