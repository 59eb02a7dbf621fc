/** A day on this computer's calendar as `YYYY-MM-DD`: the date an export is dated with unless it is told one. */
export function isoDay(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
