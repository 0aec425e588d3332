/**
 * Matching district names to ONS LAD16 codes. Names are compared ignoring case, punctuation,
 * "&" vs "and" and spacing; the aliases are the short names the Social Mobility Index
 * spreadsheets use for three districts (db/sources/smi/SOURCES.md).
 */
export const NAME_ALIASES: Record<string, string> = {
  'Kingston upon Hull': 'Kingston upon Hull, City of',
  Bristol: 'Bristol, City of',
  Herefordshire: 'Herefordshire, County of',
};

export const normaliseName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export type NameMatch = { code: string } | { problem: string };

/** Builds a matcher over the districts: exact (normalised) name or alias; ambiguous is an error. */
export function nameMatcher(districts: { code: string; name: string }[]): (name: string) => NameMatch {
  const byName = new Map<string, string[]>();
  const add = (name: string, code: string): void => {
    const key = normaliseName(name);
    const list = byName.get(key) ?? [];
    if (!list.includes(code)) list.push(code);
    byName.set(key, list);
  };
  const codeOf = new Map(districts.map((d) => [d.name, d.code]));
  for (const d of districts) add(d.name, d.code);
  for (const [alias, official] of Object.entries(NAME_ALIASES)) {
    const code = codeOf.get(official);
    if (code) add(alias, code);
  }
  return (name) => {
    const found = byName.get(normaliseName(name)) ?? [];
    if (found.length === 1) return { code: found[0]! };
    if (found.length > 1) return { problem: `name "${name}" is ambiguous: it matches ${found.join(', ')}` };
    return { problem: `name "${name}" is not an English district of 2016 (nor a known alias)` };
  };
}
