// Puts a date or time into the one format a type=date/time/datetime-local/month input accepts (2026-04-01, 09:05, 2026-04-01T09:05, 2026-04).

const pad = (n: string) => n.padStart(2, '0');

/** A western date written 2026-4-1, 2026/04/01, 2026.4.1 or 2026年4月1日 as its parts; undefined for anything else. */
function dateParts(text: string): { y: string; m: string; d?: string } | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?$/.exec(text.trim());
  return m ? { y: m[1]!, m: pad(m[2]!), d: m[3] ? pad(m[3]) : undefined } : undefined;
}

/** 9:05, 09:05:30, 9時5分 as HH:MM(:SS); undefined for anything else. */
function timeOf(text: string): string | undefined {
  const m = /^(\d{1,2})\s*[:時]\s*(\d{1,2})\s*(?:[:分]\s*(?:(\d{1,2})\s*秒?)?)?$/.exec(text.trim());
  if (!m) return undefined;
  return `${pad(m[1]!)}:${pad(m[2]!)}${m[3] ? `:${pad(m[3])}` : ''}`;
}

/** The value as the input of `type` takes it; a value that cannot be read is returned as it is, so the read-back flags it. */
export function formatForInput(type: string, value: string): string {
  // Full-width digits and a weekday after the date ((水), (Wed)) say nothing the input needs.
  const text = value
    .normalize('NFKC')
    .replace(/\s*\((?:[月火水木金土日]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)/giu, ' ')
    .trim();
  if (text === '') return value;
  switch (type) {
    case 'date': {
      const p = dateParts(text);
      return p?.d ? `${p.y}-${p.m}-${p.d}` : value;
    }
    case 'month': {
      const p = dateParts(text);
      return p ? `${p.y}-${p.m}` : value;
    }
    case 'time':
      return timeOf(text) ?? value;
    case 'datetime-local': {
      const m = /^(.+?)(?:\s*T\s*|\s+)(\d{1,2}\s*[:時].*)$/.exec(text);
      const p = m && dateParts(m[1]!);
      const t = m && timeOf(m[2]!);
      return p?.d && t ? `${p.y}-${p.m}-${p.d}T${t}` : value;
    }
    default:
      return value;
  }
}
