// Keeps personal values out of what the log says about a form: a page title that names the customer, a path that holds a record number.
const MIN_VALUE = 2;

/** The title with every given value (a name, a number the page or the source holds) replaced by "…". */
export function scrubTitle(title: string, values: readonly string[]): string {
  const found = [...new Set(values.map((v) => v.trim()).filter((v) => [...v].length >= MIN_VALUE))].sort((a, b) => b.length - a.length);
  let out = title;
  for (const value of found) out = out.split(value).join('…');
  return out.replace(/…(\s*…)+/g, '…');
}

/** Origin and path with no query or fragment, and path segments that carry digits (record ids, dates) as "*". */
export function scrubUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .map((segment) => (/\d/.test(segment) && !/\.[a-z]{2,5}$/i.test(segment) ? '*' : segment))
      .join('/');
    return `${u.origin}${path}`;
  } catch {
    return '';
  }
}
