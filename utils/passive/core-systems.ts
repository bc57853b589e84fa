// The list of sites the clerk registered as core systems, kept as origins so a page of the same site always finds its entry.

/** The origin of an http(s) address or origin; undefined for anything else (browser pages, files, nonsense). */
export function normalizeOrigin(urlOrOrigin: string): string | undefined {
  try {
    const url = new URL(urlOrOrigin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function hasCoreSystem(list: readonly string[], url: string): boolean {
  const origin = normalizeOrigin(url);
  return origin !== undefined && list.some((entry) => normalizeOrigin(entry) === origin);
}

/** The list with the site added once, sorted so the dashboard shows it in a stable order. */
export function addCoreSystem(list: readonly string[], url: string): string[] {
  const origin = normalizeOrigin(url);
  const kept = list.map(normalizeOrigin).filter((o): o is string => o !== undefined);
  return [...new Set(origin ? [...kept, origin] : kept)].sort();
}

export function removeCoreSystem(list: readonly string[], url: string): string[] {
  const origin = normalizeOrigin(url);
  return list.filter((entry) => normalizeOrigin(entry) !== origin);
}
