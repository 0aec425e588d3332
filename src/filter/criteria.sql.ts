/**
 * Criteria as SQL: the WHERE condition on alias `a` (authorities) for an AuthorityCriteria, the
 * one place a filter becomes SQL. Lists, counts, neighbours, nearest and analytics all use it.
 */
import { geometrySql, pointSql } from '../common';
import { sql, type SQLQuery } from '../db';
import { MEMBER_SHARE } from '../areas/areas.rules';
import { bandSql, quintileSql } from '../mobility';
import type { AuthorityCriteria, ComparableProperty, Comparison, Operand, SpatialRelation } from './criteria';

/** Each comparable property of district `a` in an edition, as one value (null where there is none). */
function propertySql(property: ComparableProperty, edition: number): SQLQuery {
  const score = (column: SQLQuery) =>
    sql.query`(select ${column} from mobility_scores m join editions e on e.edition = m.edition
               where m.code = a.code and m.edition = ${sql.value(edition)})`;
  switch (property) {
    case 'code':
      return sql.query`a.code`;
    case 'name':
      return sql.query`a.name`;
    case 'region':
      return sql.query`(select r.name from regions r where r.code = a.region_code)`;
    case 'rank':
      return score(sql.query`m.rank`);
    case 'score':
      return score(sql.query`m.score`);
    case 'band':
      return score(bandSql(sql.query`m.rank`, sql.query`e`));
    case 'quintile':
      return score(quintileSql(sql.query`m.rank`, sql.query`e`));
    case 'coastal':
      return sql.query`(select cl.coastal from coastlines cl where cl.code = a.code)`;
    case 'rural':
      return sql.query`(select c.rural from classifications c where c.code = a.code)`;
    case 'industrial':
      return sql.query`(select c.industrial from classifications c where c.code = a.code)`;
    case 'population':
      return sql.query`(select p.persons_mid2016 from populations p where p.code = a.code)`;
  }
}

/** A sort key of the OGC API's sortby: a comparable property, ascending or descending. */
export interface SortKey {
  property: ComparableProperty;
  descending: boolean;
}

/** ORDER BY for sort keys on district `a` in an edition: nulls last either way, then the code, so pages are stable. */
export function sortSql(keys: readonly SortKey[], edition: number): SQLQuery {
  return sql.join(
    [
      ...keys.map(
        (k) =>
          sql.query`${propertySql(k.property, edition)} ${k.descending ? sql.query`desc` : sql.query`asc`} nulls last`,
      ),
      sql.query`a.code asc`,
    ],
    ', ',
  );
}

function operandSql(operand: Operand, edition: number): SQLQuery {
  if ('property' in operand) return propertySql(operand.property, edition);
  const v = operand.value;
  return typeof v === 'number'
    ? sql.query`${sql.value(v)}::float8`
    : typeof v === 'boolean'
      ? sql.query`${sql.value(v)}::boolean`
      : sql.query`${sql.value(v)}::text`;
}

/** The SQL of each binary comparison operator: a fixed map, never the caller's text. */
const BINARY: Record<Exclude<Comparison['op'], 'like' | 'between' | 'in' | 'isNull'>, string> = {
  '=': '=',
  '<>': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

function comparisonSql({ op, args }: Comparison, edition: number): SQLQuery {
  const [first, ...rest] = args.map((a) => operandSql(a, edition));
  switch (op) {
    case 'isNull':
      return sql.query`${first!} is null`;
    case 'like':
      return sql.query`${first!} like ${rest[0]!}`;
    case 'between':
      return sql.query`${first!} between ${rest[0]!} and ${rest[1]!}`;
    case 'in':
      return sql.query`${first!} in (${sql.join(rest, ', ')})`;
    default:
      return sql.query`${first!} ${sql.raw(BINARY[op])} ${rest[0]!}`;
  }
}

const SPATIAL_FUNCTIONS: Record<Exclude<SpatialRelation, 'dwithin'>, string> = {
  intersects: 'ST_Intersects',
  equals: 'ST_Equals',
  disjoint: 'ST_Disjoint',
  touches: 'ST_Touches',
  within: 'ST_Within',
  overlaps: 'ST_Overlaps',
  crosses: 'ST_Crosses',
  contains: 'ST_Contains',
};

function spatialSql(s: NonNullable<AuthorityCriteria['spatial']>): SQLQuery {
  const g = geometrySql(s.geometry, s.srid);
  // Within a distance: to the detailed boundary, as withinKm from a point measures.
  if (s.relation === 'dwithin')
    return sql.query`exists (select 1 from detailed_boundaries sd where sd.code = a.code
                               and ST_DWithin(sd.boundary_bng, ${g}, ${sql.value(s.metres ?? 0)}::float8))`;
  const fn = sql.raw(SPATIAL_FUNCTIONS[s.relation]);
  const [x, y] = s.geometryFirst ? [g, sql.query`sx.boundary_bng`] : [sql.query`sx.boundary_bng`, g];
  return sql.query`exists (select 1 from boundaries sx where sx.code = a.code and ${fn}(${x}, ${y}))`;
}

/** The WHERE condition for criteria, on alias `a` (authorities). Composable under and/or/not. */
export function whereFromCriteria(c: AuthorityCriteria): SQLQuery {
  const parts: SQLQuery[] = [];
  if (c.codes) parts.push(sql.query`a.code = any(${sql.value(c.codes)}::text[])`);
  if (c.nameContains !== undefined)
    parts.push(sql.query`strpos(lower(a.name), lower(${sql.value(c.nameContains)})) > 0`);
  if (c.regionCode) parts.push(sql.query`a.region_code = ${sql.value(c.regionCode)}`);
  if (c.areaCode) {
    parts.push(sql.query`exists (select 1 from area_districts ad
                                 where ad.district_code = a.code and ad.area_code = ${sql.value(c.areaCode)} and ad.share >= ${sql.value(MEMBER_SHARE)}::float8)`);
  }
  if (c.band) {
    parts.push(sql.query`exists (select 1 from mobility_scores m join editions e on e.edition = m.edition
                                 where m.code = a.code and m.edition = ${sql.value(c.edition)}
                                   and ${bandSql(sql.query`m.rank`, sql.query`e`)} = ${sql.value(c.band)})`);
  }
  if (c.rankFrom !== undefined || c.rankTo !== undefined) {
    parts.push(sql.query`exists (select 1 from mobility_scores m
                                 where m.code = a.code and m.edition = ${sql.value(c.edition)}
                                   and m.rank between ${sql.value(c.rankFrom ?? 1)} and ${sql.value(c.rankTo ?? 2147483647)})`);
  }
  if (c.rural !== undefined)
    parts.push(
      sql.query`exists (select 1 from classifications c where c.code = a.code and c.rural = ${sql.value(c.rural)})`,
    );
  if (c.industrial !== undefined) {
    parts.push(
      sql.query`exists (select 1 from classifications c where c.code = a.code and c.industrial = ${sql.value(c.industrial)})`,
    );
  }
  if (c.ruralUrbanCodes) {
    parts.push(sql.query`exists (select 1 from classifications c
                                 where c.code = a.code and c.rural_urban_code = any(${sql.value(c.ruralUrbanCodes)}::smallint[]))`);
  }
  if (c.imdRankFrom !== undefined || c.imdRankTo !== undefined) {
    parts.push(sql.query`exists (select 1 from deprivation_domains dd where dd.code = a.code and dd.domain = 'IMD'
                                   and dd.rank_of_average_score between ${sql.value(c.imdRankFrom ?? 1)} and ${sql.value(c.imdRankTo ?? 2147483647)})`);
  }
  if (c.bandChange) {
    const { from, to, band, change } = c.bandChange;
    const inBand = (alias: 'f' | 't'): SQLQuery =>
      sql.query`${bandSql(sql.query`${sql.identifier(`m${alias}`)}.rank`, sql.query`${sql.identifier(`e${alias}`)}`)} = ${sql.value(band)}`;
    const [before, after] =
      change === 'ENTERED'
        ? [sql.query`not (${inBand('f')})`, inBand('t')]
        : [inBand('f'), sql.query`not (${inBand('t')})`];
    parts.push(sql.query`exists (select 1 from mobility_scores mf join editions ef on ef.edition = mf.edition,
                                               mobility_scores mt join editions et on et.edition = mt.edition
                                 where mf.code = a.code and mf.edition = ${sql.value(from)} and mt.code = a.code and mt.edition = ${sql.value(to)}
                                   and ${before} and ${after})`);
  }
  if (c.coastal !== undefined) {
    parts.push(
      sql.query`exists (select 1 from coastlines cl where cl.code = a.code and cl.coastal = ${sql.value(c.coastal)})`,
    );
  }
  if (c.within?.point) {
    // From a point: to the detailed boundary, as authorityAt and nearestAuthorities measure.
    parts.push(sql.query`exists (select 1 from detailed_boundaries wd where wd.code = a.code
                                   and ST_DWithin(wd.boundary_bng, ${pointSql(c.within.point)}, ${sql.value(c.within.metres)}::float8))`);
  }
  if (c.within?.authorityCode) {
    parts.push(sql.query`exists (select 1 from boundaries w1 join boundaries w2 on w2.code = ${sql.value(c.within.authorityCode)}
                                 where w1.code = a.code and ST_DWithin(w1.boundary_bng, w2.boundary_bng, ${sql.value(c.within.metres)}::float8))`);
  }
  if (c.bbox) {
    const [minLon, minLat, maxLon, maxLat] = c.bbox.map((v) => sql.value(v));
    parts.push(sql.query`exists (select 1 from boundaries bx where bx.code = a.code
                                   and ST_Intersects(bx.boundary_wgs84, ST_MakeEnvelope(${minLon!}::float8, ${minLat!}::float8, ${maxLon!}::float8, ${maxLat!}::float8, 4326)))`);
  }
  if (c.bboxBng) {
    const [minE, minN, maxE, maxN] = c.bboxBng.map((v) => sql.value(v));
    parts.push(sql.query`exists (select 1 from boundaries bx where bx.code = a.code
                                   and ST_Intersects(bx.boundary_bng, ST_MakeEnvelope(${minE!}::float8, ${minN!}::float8, ${maxE!}::float8, ${maxN!}::float8, 27700)))`);
  }
  if (c.intersects) {
    parts.push(
      sql.query`exists (select 1 from boundaries gx where gx.code = a.code and ST_Intersects(gx.boundary_bng, ${geometrySql(c.intersects)}))`,
    );
  }
  if (c.compare) parts.push(comparisonSql(c.compare, c.edition));
  if (c.spatial) parts.push(spatialSql(c.spatial));
  if (c.always !== undefined) parts.push(c.always ? sql.query`true` : sql.query`false`);
  if (c.and) parts.push(...c.and.map((inner) => sql.query`(${whereFromCriteria(inner)})`));
  if (c.or) {
    parts.push(
      c.or.length === 0
        ? sql.query`false`
        : sql.query`(${sql.join(
            c.or.map((inner) => sql.query`(${whereFromCriteria(inner)})`),
            ' or ',
          )})`,
    );
  }
  if (c.not) parts.push(sql.query`not (${whereFromCriteria(c.not)})`);
  return parts.length === 0 ? sql.query`true` : sql.join(parts, ' and ');
}
