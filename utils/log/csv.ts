// CSV that Japanese Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, every cell quoted when needed.
const BOM = '\uFEFF';

function cell(value: string | number): string {
  const s = String(value);
  // A leading =, +, - or @ (or a tab or carriage return before one) would make Excel evaluate the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
