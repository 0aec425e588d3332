/**
 * Turns an AuthorityFilter into AuthorityCriteria: resolves editions and regions against what is
 * loaded and checks the rules that need data (rank within 1..N of the edition, nesting depth).
 * Every problem is a BadUserInputError naming the argument path.
 */
import { RURAL_URBAN_CODE } from '../classification/classification.type';
import { pickRegion } from '../classification/region.resolve';
import { pickEdition } from '../mobility/edition.resolve';
import { BadUserInputError } from '../server/errors';
import type { Context } from '../server/context';
import type { AuthorityCriteria } from './authority.criteria';
import { MAX_FILTER_DEPTH, type AuthorityFilter } from './authority.filter';

export async function criteriaFromFilter(ctx: Context, filter: AuthorityFilter | null | undefined, path = 'filter'): Promise<AuthorityCriteria> {
  const editions = await ctx.loaders.mobility.editions();
  const needsRegions = JSON.stringify(filter ?? {}).includes('"region"');
  const regions = needsRegions ? await ctx.loaders.classification.regions() : [];

  const build = (f: AuthorityFilter, at: string, depth: number, parentEdition: number | undefined): AuthorityCriteria => {
    if (depth > MAX_FILTER_DEPTH) throw new BadUserInputError(at, `${at} nests and/or/not ${depth} levels deep; at most ${MAX_FILTER_DEPTH} are allowed`);
    const edition = pickEdition(editions, f.edition ?? parentEdition, `${at}.edition`);
    const c: AuthorityCriteria = { edition: edition.edition };
    if (f.codes) c.codes = f.codes;
    if (f.nameContains !== undefined && f.nameContains !== null) c.nameContains = f.nameContains;
    if (f.region !== undefined && f.region !== null) c.regionCode = pickRegion(regions, f.region, `${at}.region`).code;
    if (f.band) c.band = f.band;
    for (const key of ['rankFrom', 'rankTo'] as const) {
      const value = f[key];
      if (value === undefined || value === null) continue;
      if (value > edition.rankedCount) {
        throw new BadUserInputError(`${at}.${key}`, `${at}.${key} must be between 1 and ${edition.rankedCount}, the number of districts edition ${edition.edition} ranks (got ${value})`);
      }
      c[key] = value;
    }
    if (c.rankFrom !== undefined && c.rankTo !== undefined && c.rankFrom > c.rankTo) {
      throw new BadUserInputError(`${at}.rankTo`, `${at}.rankTo must be at least rankFrom (got rankFrom ${c.rankFrom}, rankTo ${c.rankTo})`);
    }
    if (f.rural !== undefined && f.rural !== null) c.rural = f.rural;
    if (f.industrial !== undefined && f.industrial !== null) c.industrial = f.industrial;
    if (f.ruralUrban) c.ruralUrbanCodes = f.ruralUrban.map((k) => RURAL_URBAN_CODE[k]);
    if (f.and) c.and = f.and.map((inner, i) => build(inner, `${at}.and[${i}]`, depth + 1, c.edition));
    if (f.or) c.or = f.or.map((inner, i) => build(inner, `${at}.or[${i}]`, depth + 1, c.edition));
    if (f.not) c.not = build(f.not, `${at}.not`, depth + 1, c.edition);
    return c;
  };
  return build(filter ?? {}, path, 1, undefined);
}
