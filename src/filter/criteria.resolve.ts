/**
 * Turns an AuthorityFilter into AuthorityCriteria: resolves editions and regions against what is
 * loaded and checks the rules that need data (rank within 1..N of the edition, nesting depth).
 * Every problem is a BadUserInputError naming the argument path.
 */
import { AreaLoaders } from '../areas';
import { AuthorityLoaders } from '../authorities';
import { ClassificationLoaders, pickRegion, RURAL_URBAN_CODE } from '../classification';
import { MobilityLoaders, pickEdition } from '../mobility';
import { BadUserInputError, type RequestContext, requirePoint, validGeometry } from '../common';
import type { AuthorityCriteria } from './criteria';
import { MAX_FILTER_DEPTH, type AuthorityFilter } from './filter.input';
import type { WithinInput } from './within.input';

async function withinCriteria(
  ctx: RequestContext,
  w: WithinInput,
  at: string,
): Promise<NonNullable<AuthorityCriteria['within']>> {
  const metres = w.km * 1000;
  const hasPoint = [w.lon, w.lat, w.easting, w.northing].some((v) => v !== undefined && v !== null);
  const hasAuthority = w.authority !== undefined && w.authority !== null;
  if (hasPoint === hasAuthority) {
    throw new BadUserInputError(
      `${at}.authority`,
      `${at} needs exactly one of: lon and lat, easting and northing, or authority`,
    );
  }
  if (hasPoint) return { metres, point: requirePoint(w, at) };
  const code = w.authority!.trim().toUpperCase();
  if (!(await ctx.use(AuthorityLoaders).byCode.load(code))) {
    throw new BadUserInputError(
      `${at}.authority`,
      `${at}.authority ${JSON.stringify(w.authority)} is not the ONS code of an English district (e.g. E09000028)`,
    );
  }
  return { metres, authorityCode: code };
}

function bboxCriteria(bbox: number[], at: string): [number, number, number, number] {
  const [minLon, minLat, maxLon, maxLat] = bbox as [number, number, number, number];
  const lonOk = (v: number): boolean => v >= -180 && v <= 180;
  const latOk = (v: number): boolean => v >= -90 && v <= 90;
  if (![minLon, maxLon].every(lonOk) || ![minLat, maxLat].every(latOk)) {
    throw new BadUserInputError(
      at,
      `${at} must be [minLon, minLat, maxLon, maxLat] with longitudes -180..180 and latitudes -90..90 (got ${JSON.stringify(bbox)})`,
    );
  }
  if (minLon >= maxLon || minLat >= maxLat) {
    throw new BadUserInputError(
      at,
      `${at} must have minLon < maxLon and minLat < maxLat (got ${JSON.stringify(bbox)})`,
    );
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** The code of the area an `area` filter names; an unknown code is a user error. */
async function areaCode(ctx: RequestContext, given: string, at: string): Promise<string> {
  const code = given.trim().toUpperCase();
  if (!(await ctx.use(AreaLoaders).byCode.load(code))) {
    throw new BadUserInputError(
      at,
      `${at} ${JSON.stringify(given)} is not the ONS code of an area (a council, county, metropolitan county, combined authority, region or England); find it with areas(search:)`,
    );
  }
  return code;
}

export async function criteriaFromFilter(
  ctx: RequestContext,
  filter: AuthorityFilter | null | undefined,
  path = 'filter',
): Promise<AuthorityCriteria> {
  const editions = await ctx.use(MobilityLoaders).editions();
  const needsRegions = JSON.stringify(filter ?? {}).includes('"region"');
  const regions = needsRegions ? await ctx.use(ClassificationLoaders).regions() : [];

  const build = async (
    f: AuthorityFilter,
    at: string,
    depth: number,
    parentEdition: number | undefined,
  ): Promise<AuthorityCriteria> => {
    if (depth > MAX_FILTER_DEPTH)
      throw new BadUserInputError(
        at,
        `${at} nests and/or/not ${depth} levels deep; at most ${MAX_FILTER_DEPTH} are allowed`,
      );
    const edition = pickEdition(editions, f.edition ?? parentEdition, `${at}.edition`);
    const c: AuthorityCriteria = { edition: edition.edition };
    if (f.codes) c.codes = f.codes;
    if (f.nameContains !== undefined && f.nameContains !== null) c.nameContains = f.nameContains;
    if (f.region !== undefined && f.region !== null) c.regionCode = pickRegion(regions, f.region, `${at}.region`).code;
    if (f.area !== undefined && f.area !== null) c.areaCode = await areaCode(ctx, f.area, `${at}.area`);
    if (f.band) c.band = f.band;
    for (const key of ['rankFrom', 'rankTo'] as const) {
      const value = f[key];
      if (value === undefined || value === null) continue;
      if (value > edition.rankedCount) {
        throw new BadUserInputError(
          `${at}.${key}`,
          `${at}.${key} must be between 1 and ${edition.rankedCount}, the number of districts edition ${edition.edition} ranks (got ${value})`,
        );
      }
      c[key] = value;
    }
    if (c.rankFrom !== undefined && c.rankTo !== undefined && c.rankFrom > c.rankTo) {
      throw new BadUserInputError(
        `${at}.rankTo`,
        `${at}.rankTo must be at least rankFrom (got rankFrom ${c.rankFrom}, rankTo ${c.rankTo})`,
      );
    }
    if (f.rural !== undefined && f.rural !== null) c.rural = f.rural;
    if (f.industrial !== undefined && f.industrial !== null) c.industrial = f.industrial;
    if (f.ruralUrban) c.ruralUrbanCodes = f.ruralUrban.map((k) => RURAL_URBAN_CODE[k]);
    if (f.coastal !== undefined && f.coastal !== null) c.coastal = f.coastal;
    if (f.bandChange) {
      const from = pickEdition(editions, f.bandChange.from, `${at}.bandChange.from`).edition;
      const to = pickEdition(editions, f.bandChange.to, `${at}.bandChange.to`).edition;
      c.bandChange = { from, to, band: f.bandChange.band, change: f.bandChange.change };
    }
    if (f.imdRankFrom != null) c.imdRankFrom = f.imdRankFrom;
    if (f.imdRankTo != null) c.imdRankTo = f.imdRankTo;
    if (c.imdRankFrom !== undefined && c.imdRankTo !== undefined && c.imdRankFrom > c.imdRankTo) {
      throw new BadUserInputError(
        `${at}.imdRankTo`,
        `${at}.imdRankTo must be at least imdRankFrom (got imdRankFrom ${c.imdRankFrom}, imdRankTo ${c.imdRankTo})`,
      );
    }
    if (f.withinKm) c.within = await withinCriteria(ctx, f.withinKm, `${at}.withinKm`);
    if (f.bbox) c.bbox = bboxCriteria(f.bbox, `${at}.bbox`);
    if (f.intersects) c.intersects = await validGeometry(ctx, f.intersects, `${at}.intersects`);
    if (f.and)
      c.and = await Promise.all(f.and.map((inner, i) => build(inner, `${at}.and[${i}]`, depth + 1, c.edition)));
    if (f.or) c.or = await Promise.all(f.or.map((inner, i) => build(inner, `${at}.or[${i}]`, depth + 1, c.edition)));
    if (f.not) c.not = await build(f.not, `${at}.not`, depth + 1, c.edition);
    return c;
  };
  return build(filter ?? {}, path, 1, undefined);
}
