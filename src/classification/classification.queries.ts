/** Data of regions and district classifications: their SQL and the per-request loaders that batch it. */
import {
  type JsonJoins,
  jsonObject,
  type JsonSelection,
  type JsonShape,
  plannedColumn,
  type PlannedColumn,
} from '../authorities';
import { defineLoaders, once, oneToOne, perArgs } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';
import { bandCountsSql } from '../mobility';

export interface RegionRow {
  code: string;
  name: string;
}

export interface RegionStatsRow {
  regionCode: string;
  authorityCount: number;
  rankedCount: number;
  hotspotCount: number;
  coldspotCount: number;
}

export interface ClassificationRow {
  code: string;
  ruralUrbanCode: number;
  ruralUrbanName: string;
  broadGroup: string;
  rural: boolean;
  industrial: boolean;
  ruralPopulationPct2011: number;
  supergroupCode: string;
  supergroupName: string;
  groupCode: string;
  groupName: string;
  subgroupCode: string;
  subgroupName: string;
  coastal: boolean;
  coastlineKm: number;
}

export function allRegions(db: Queryable): Promise<RegionRow[]> {
  return db.query<RegionRow>('allRegions', sql.query`select code, name from regions order by name`);
}

/** Districts per region and, for one edition, how many are ranked, hotspots and coldspots. */
export function regionStats(db: Queryable, edition: number): Promise<RegionStatsRow[]> {
  return db.query<RegionStatsRow>(
    'regionStats',
    sql.query`
      select a.region_code as "regionCode",
             count(*)::int as "authorityCount",
             ${bandCountsSql(sql.query`m.rank`, sql.query`e`)}
      from authorities a
      left join mobility_scores m on m.code = a.code and m.edition = ${sql.value(edition)}
      left join editions e on e.edition = m.edition
      group by a.region_code`,
  );
}

/** How a district is classified, as one JSON object (a ClassificationRow) for the code `code`. */
export function classificationJson(code: SQLQuery): SQLQuery {
  return sql.query`(
    select json_build_object(
             'code', c.code, 'ruralUrbanCode', c.rural_urban_code, 'ruralUrbanName', r.name, 'broadGroup', r.broad_group,
             'rural', c.rural, 'industrial', c.industrial, 'ruralPopulationPct2011', c.rural_population_pct_2011,
             'supergroupCode', sg.code, 'supergroupName', sg.name, 'groupCode', g.code, 'groupName', g.name,
             'subgroupCode', s.code, 'subgroupName', s.name,
             'coastal', coalesce(cl.coastal, false), 'coastlineKm', coalesce(cl.coastline_km, 0))
    from classifications c
    left join coastlines cl on cl.code = c.code
    join rural_urban_classes r on r.code = c.rural_urban_code
    join area_classes s on s.code = c.area_subgroup_code
    join area_classes g on g.code = s.parent_code
    join area_classes sg on sg.code = g.parent_code
    where c.code = ${code})`;
}

/** `region` of the district `a` as a JSON shape (authorities/planned-json.ts), its region joined; null for fields with arguments. */
export function regionJson(selection: JsonSelection, joins: JsonJoins): JsonShape | null {
  const r = joins.alias('r');
  const object = jsonObject(selection, { code: sql.query`${r}.code`, name: sql.query`${r}.name` });
  if (object) joins.add(sql.query`left join regions ${r} on ${r}.code = a.region_code`);
  return object;
}

/** The names GraphQL gives what SQL holds as codes or text: enums, as classification.graphql.ts maps them. */
export interface ClassificationNames {
  /** Enum value of each rural-urban class code 1..6, in code order. */
  ruralUrbanClasses: readonly string[];
  /** Enum value of each broad group, by the name DEFRA publishes. */
  broadGroups: Readonly<Record<string, string>>;
}

/**
 * `classification` of the district `a` as a JSON shape (authorities/planned-json.ts), from the
 * tables classificationJson reads, joined; null for a selection SQL does not fetch.
 */
export function classificationJsonShape(
  selection: JsonSelection,
  names: ClassificationNames,
  joins: JsonJoins,
): JsonShape | null {
  const [c, cl, r, s, g, sg] = ['c', 'cl', 'r', 's', 'g', 'sg'].map((name) => joins.alias(name)) as [
    SQLQuery,
    SQLQuery,
    SQLQuery,
    SQLQuery,
    SQLQuery,
    SQLQuery,
  ];
  const broad = Object.entries(names.broadGroups);
  const areaClass = (alias: SQLQuery) => (level: JsonSelection | null) =>
    level && jsonObject(level, { code: sql.query`${alias}.code`, name: sql.query`${alias}.name` });
  const levels: Record<string, (level: JsonSelection | null) => JsonShape | null> = {
    supergroup: areaClass(sg),
    group: areaClass(g),
    subgroup: areaClass(s),
  };
  const object = jsonObject(
    selection,
    {
      ruralUrban: sql.query`(${sql.value(names.ruralUrbanClasses)}::text[])[${c}.rural_urban_code]`,
      ruralUrbanCode: sql.query`${c}.rural_urban_code`,
      ruralUrbanName: sql.query`${r}.name`,
      ruralUrbanBroadGroup: sql.query`(${sql.value(broad.map(([, v]) => v))}::text[])[array_position(${sql.value(broad.map(([k]) => k))}::text[], ${r}.broad_group)]`,
      rural: sql.query`${c}.rural`,
      ruralPopulationPct2011: sql.query`${c}.rural_population_pct_2011`,
      industrial: sql.query`${c}.industrial`,
      coastal: sql.query`coalesce(${cl}.coastal, false)`,
      coastlineKm: sql.query`coalesce(${cl}.coastline_km, 0)`,
    },
    (field) => {
      if (field.name !== 'areaType') return null;
      const areaType = selection.below(field);
      return areaType && jsonObject(areaType, {}, (level) => levels[level.name]?.(areaType.below(level)) ?? null);
    },
  );
  if (!object) return null;
  joins.add(sql.query`left join (classifications ${c}
    left join coastlines ${cl} on ${cl}.code = ${c}.code
    join rural_urban_classes ${r} on ${r}.code = ${c}.rural_urban_code
    join area_classes ${s} on ${s}.code = ${c}.area_subgroup_code
    join area_classes ${g} on ${g}.code = ${s}.parent_code
    join area_classes ${sg} on ${sg}.code = ${g}.parent_code) on ${c}.code = a.code`);
  return object;
}

export async function classificationsOf(db: Queryable, codes: readonly string[]): Promise<ClassificationRow[]> {
  const rows = await db.query<{ row: ClassificationRow | null }>(
    'classificationsOf',
    sql.query`select ${classificationJson(sql.query`x.code`)} as row from unnest(${sql.value(codes)}::text[]) as x(code)`,
  );
  return rows.flatMap((r) => (r.row ? [r.row] : []));
}

/** The classification as a column of the district's own row statement (a planned field). */
export const CLASSIFICATION_COLUMN: PlannedColumn<ClassificationRow | null> = plannedColumn(
  'classification',
  classificationJson(sql.query`a.code`),
);

// Per-request loaders for regions and classifications.

export const ClassificationLoaders = defineLoaders('classification', ({ db, reference }) => {
  const regions = once(() => reference.get('regions', () => allRegions(db)));
  return {
    regions,
    region: async (code: string) => (await regions()).find((r) => r.code === code) ?? null,
    regionStats: perArgs((edition: number) =>
      once(async () => new Map<string, RegionStatsRow>((await regionStats(db, edition)).map((r) => [r.regionCode, r]))),
    ),
    classification: oneToOne(
      (codes: readonly string[]) => classificationsOf(db, codes),
      (r) => r.code,
    ),
  };
});
