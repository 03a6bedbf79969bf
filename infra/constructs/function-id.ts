/** A function key's construct id: "reports/create-report" → "ReportsCreateReport". */
export function functionId(key: string): string {
  return key
    .split(/[/-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}
