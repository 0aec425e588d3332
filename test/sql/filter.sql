-- The SQL of src/filter/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- a page, no filter, by code: findAuthorities
-- $1 = 101
-- $2 = 0
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  true
order by
  a.code asc
limit
  $1
offset
  $2;

-- a page, every condition, worst rank first, second page: findAuthorities
-- $1 = 2016
-- $2 = ["E09000033","E09000028"]
-- $3 = "minster"
-- $4 = "E12000007"
-- $5 = 2016
-- $6 = "HOTSPOT"
-- $7 = 2016
-- $8 = 1
-- $9 = 65
-- $10 = false
-- $11 = false
-- $12 = [5,6]
-- $13 = 100
-- $14 = 326
-- $15 = 2015
-- $16 = 2016
-- $17 = "COLDSPOT"
-- $18 = "COLDSPOT"
-- $19 = false
-- $20 = -0.1281
-- $21 = 51.508
-- $22 = 4326
-- $23 = 5000
-- $24 = -0.5
-- $25 = 51.3
-- $26 = 0.3
-- $27 = 51.7
-- $28 = 528500
-- $29 = 178500
-- $30 = 530500
-- $31 = 180500
-- $32 = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.45],[0,51.45],[0,51.55],[-0.2,51.55],[-0.2,51.45]]]}"
-- $33 = "E09000028"
-- $34 = 20000
-- $35 = 2016
-- $36 = 65
-- $37 = "West%"
-- $38 = 2016
-- $39 = 0
-- $40 = 1
-- $41 = 2016
-- $42 = "HOTSPOT"
-- $43 = "NEITHER"
-- $44 = 2016
-- $45 = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.45],[0,51.45],[0,51.55],[-0.2,51.55],[-0.2,51.45]]]}"
-- $46 = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.45],[0,51.45],[0,51.55],[-0.2,51.55],[-0.2,51.45]]]}"
-- $47 = "{\"type\":\"Point\",\"coordinates\":[530000,180000]}"
-- $48 = 1000
-- $49 = 2016
-- $50 = "NEITHER"
-- $51 = 2016
-- $52 = "COLDSPOT"
-- $53 = true
-- $54 = 21
-- $55 = 20
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
  left join mobility_scores o on o.code = a.code
  and o.edition = $1
where
  a.code = any ($2::text[])
  and strpos(lower(a.name), lower($3)) > 0
  and a.region_code = $4
  and exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $5
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $6
  )
  and exists (
    select
      1
    from
      mobility_scores m
    where
      m.code = a.code
      and m.edition = $7
      and m.rank between $8 and $9
  )
  and exists (
    select
      1
    from
      classifications c
    where
      c.code = a.code
      and c.rural = $10
  )
  and exists (
    select
      1
    from
      classifications c
    where
      c.code = a.code
      and c.industrial = $11
  )
  and exists (
    select
      1
    from
      classifications c
    where
      c.code = a.code
      and c.rural_urban_code = any ($12::smallint[])
  )
  and exists (
    select
      1
    from
      deprivation_domains dd
    where
      dd.code = a.code
      and dd.domain = 'IMD'
      and dd.rank_of_average_score between $13 and $14
  )
  and exists (
    select
      1
    from
      mobility_scores mf
      join editions ef on ef.edition = mf.edition,
      mobility_scores mt
      join editions et on et.edition = mt.edition
    where
      mf.code = a.code
      and mf.edition = $15
      and mt.code = a.code
      and mt.edition = $16
      and not (
        (
          case
            when "mf".rank is null then null
            when width_bucket("mf".rank, "ef".quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket("mf".rank, "ef".quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = $17
      )
      and (
        case
          when "mt".rank is null then null
          when width_bucket("mt".rank, "et".quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket("mt".rank, "et".quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $18
  )
  and exists (
    select
      1
    from
      coastlines cl
    where
      cl.code = a.code
      and cl.coastal = $19
  )
  and exists (
    select
      1
    from
      detailed_boundaries wd
    where
      wd.code = a.code
      and ST_DWithin (
        wd.boundary_bng,
        ST_Transform (
          ST_SetSRID (ST_MakePoint ($20::float8, $21::float8), $22::int),
          27700
        ),
        $23::float8
      )
  )
  and exists (
    select
      1
    from
      boundaries bx
    where
      bx.code = a.code
      and ST_Intersects (
        bx.boundary_wgs84,
        ST_MakeEnvelope (
          $24::float8,
          $25::float8,
          $26::float8,
          $27::float8,
          4326
        )
      )
  )
  and exists (
    select
      1
    from
      boundaries bx
    where
      bx.code = a.code
      and ST_Intersects (
        bx.boundary_bng,
        ST_MakeEnvelope (
          $28::float8,
          $29::float8,
          $30::float8,
          $31::float8,
          27700
        )
      )
  )
  and exists (
    select
      1
    from
      boundaries gx
    where
      gx.code = a.code
      and ST_Intersects (
        gx.boundary_bng,
        ST_Transform (
          ST_SetSRID (ST_GeomFromGeoJSON ($32::text), 4326),
          27700
        )
      )
  )
  and (
    exists (
      select
        1
      from
        boundaries w1
        join boundaries w2 on w2.code = $33
      where
        w1.code = a.code
        and ST_DWithin (w1.boundary_bng, w2.boundary_bng, $34::float8)
    )
  )
  and (
    (
      select
        m.rank
      from
        mobility_scores m
        join editions e on e.edition = m.edition
      where
        m.code = a.code
        and m.edition = $35
    ) <= $36::float8
  )
  and (a.name like $37::text)
  and (
    (
      select
        m.score
      from
        mobility_scores m
        join editions e on e.edition = m.edition
      where
        m.code = a.code
        and m.edition = $38
    ) between $39::float8 and $40::float8
  )
  and (
    (
      select
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        )
      from
        mobility_scores m
        join editions e on e.edition = m.edition
      where
        m.code = a.code
        and m.edition = $41
    ) in ($42::text, $43::text)
  )
  and (
    (
      select
        width_bucket(m.rank, e.quintile_min_ranks)
      from
        mobility_scores m
        join editions e on e.edition = m.edition
      where
        m.code = a.code
        and m.edition = $44
    ) is null
  )
  and (
    (
      select
        p.persons_mid2016
      from
        populations p
      where
        p.code = a.code
    ) <> (
      select
        p.persons_mid2016
      from
        populations p
      where
        p.code = a.code
    )
  )
  and (
    exists (
      select
        1
      from
        boundaries sx
      where
        sx.code = a.code
        and ST_Within (
          sx.boundary_bng,
          ST_Transform (
            ST_SetSRID (ST_GeomFromGeoJSON ($45::text), 4326),
            27700
          )
        )
    )
  )
  and (
    exists (
      select
        1
      from
        boundaries sx
      where
        sx.code = a.code
        and ST_Contains (
          ST_Transform (
            ST_SetSRID (ST_GeomFromGeoJSON ($46::text), 4326),
            27700
          ),
          sx.boundary_bng
        )
    )
  )
  and (
    exists (
      select
        1
      from
        detailed_boundaries sd
      where
        sd.code = a.code
        and ST_DWithin (
          sd.boundary_bng,
          ST_SetSRID (ST_GeomFromGeoJSON ($47::text), 27700),
          $48::float8
        )
    )
  )
  and (true)
  and (
    (
      exists (
        select
          1
        from
          mobility_scores m
          join editions e on e.edition = m.edition
        where
          m.code = a.code
          and m.edition = $49
          and (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ) = $50
      )
    )
    or (
      exists (
        select
          1
        from
          mobility_scores m
          join editions e on e.edition = m.edition
        where
          m.code = a.code
          and m.edition = $51
          and (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ) = $52
      )
    )
  )
  and not (
    exists (
      select
        1
      from
        coastlines cl
      where
        cl.code = a.code
        and cl.coastal = $53
    )
  )
order by
  o.rank desc nulls last,
  a.code asc
limit
  $54
offset
  $55;

-- codes only, within 10 km of a point, largest first: findAuthorityCodes
-- $1 = -0.1281
-- $2 = 51.508
-- $3 = 4326
-- $4 = 10000
-- $5 = 501
-- $6 = 0
select
  a.code
from
  authorities a
  join boundaries b on b.code = a.code
where
  exists (
    select
      1
    from
      detailed_boundaries wd
    where
      wd.code = a.code
      and ST_DWithin (
        wd.boundary_bng,
        ST_Transform (
          ST_SetSRID (ST_MakePoint ($1::float8, $2::float8), $3::int),
          27700
        ),
        $4::float8
      )
  )
order by
  b.area_km2 desc,
  a.code asc
limit
  $5
offset
  $6;

-- a page planned with mobility and classification: findAuthorities
-- $1 = 2016
-- $2 = 2016
-- $3 = 2016
-- $4 = "HOTSPOT"
-- $5 = 66
-- $6 = 0
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2",
  (
    select
      json_build_object('score', m.score, 'rank', m.rank)
    from
      mobility_scores m
    where
      m.code = a.code
      and m.edition = $1
  ) as "planned:mobility:2016",
  (
    select
      json_build_object(
        'code',
        c.code,
        'ruralUrbanCode',
        c.rural_urban_code,
        'ruralUrbanName',
        r.name,
        'broadGroup',
        r.broad_group,
        'rural',
        c.rural,
        'industrial',
        c.industrial,
        'ruralPopulationPct2011',
        c.rural_population_pct_2011,
        'supergroupCode',
        sg.code,
        'supergroupName',
        sg.name,
        'groupCode',
        g.code,
        'groupName',
        g.name,
        'subgroupCode',
        s.code,
        'subgroupName',
        s.name,
        'coastal',
        coalesce(cl.coastal, false),
        'coastlineKm',
        coalesce(cl.coastline_km, 0)
      )
    from
      classifications c
      left join coastlines cl on cl.code = c.code
      join rural_urban_classes r on r.code = c.rural_urban_code
      join area_classes s on s.code = c.area_subgroup_code
      join area_classes g on g.code = s.parent_code
      join area_classes sg on sg.code = g.parent_code
    where
      c.code = a.code
  ) as "planned:classification"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
  left join mobility_scores o on o.code = a.code
  and o.edition = $2
where
  exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $3
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $4
  )
order by
  o.rank asc nulls last,
  a.code asc
limit
  $5
offset
  $6;

-- a page as JSON: own fields, region, rank and band, classification, hotspots by rank, second page: findAuthoritiesJson
-- $1 = ["MAINLY_RURAL","LARGELY_RURAL","URBAN_WITH_SIGNIFICANT_RURAL","URBAN_WITH_CITY_AND_TOWN","URBAN_WITH_MINOR_CONURBATION","URBAN_WITH_MAJOR_CONURBATION"]
-- $2 = ["PREDOMINANTLY_RURAL","URBAN_WITH_SIGNIFICANT_RURAL","PREDOMINANTLY_URBAN"]
-- $3 = ["Predominantly Rural","Urban with Significant Rural","Predominantly Urban"]
-- $4 = "{\"domain\":"
-- $5 = ",\"averageScore\":"
-- $6 = "}"
-- $7 = ["IMD","INCOME","EMPLOYMENT","EDUCATION","HEALTH","CRIME","BARRIERS","LIVING_ENVIRONMENT","IDACI","IDAOPI"]
-- $8 = 2016
-- $9 = 2016
-- $10 = 2016
-- $11 = "HOTSPOT"
-- $12 = 21
-- $13 = 20
select
  (
    translate(
      encode(
        convert_to('LocalAuthority:' || a.code, 'UTF8'),
        'base64'
      ),
      E'+/=
',
      '-_'
    )
  )::text as "c0",
  (a.code)::text as "c1",
  (a.name)::text as "c2",
  (p.persons_mid2016)::text as "c3",
  (b.area_km2)::text as "c4",
  ("r_1".name)::text as "c5",
  ("m_2".code is null)::text as "c6",
  ("m_2".rank)::text as "c7",
  (
    (
      case
        when "m_2".rank is null then null
        when width_bucket("m_2".rank, "e_3".quintile_min_ranks) = 1 then 'HOTSPOT'
        when width_bucket("m_2".rank, "e_3".quintile_min_ranks) = 5 then 'COLDSPOT'
        else 'NEITHER'
      end
    )
  )::text as "c8",
  (
    width_bucket("m_2".rank, "e_3".quintile_min_ranks)
  )::text as "c9",
  ("e_3".ranked_count)::text as "c10",
  (($1::text[]) ["c_4".rural_urban_code])::text as "c11",
  (
    ($2::text[]) [array_position($3::text[], "r_6".broad_group)]
  )::text as "c12",
  ("c_4".rural)::text as "c13",
  ("c_4".industrial)::text as "c14",
  (coalesce("cl_5".coastal, false))::text as "c15",
  ("g_8".code)::text as "c16",
  ("g_8".name)::text as "c17",
  ("di_10".code is null)::text as "c18",
  ("di_10".extent)::text as "c19",
  (
    (
      select
        count(*)::int
      from
        deprivation_domains
      where
        domain = 'IMD'
    )
  )::text as "c20",
  ("di_10".rank_of_average_score)::text as "c21",
  (
    (
      select
        '[' || coalesce(
          string_agg(
            concat(
              $4::text,
              coalesce(to_json("dd_11".domain)::text, 'null'),
              $5::text,
              coalesce(to_json("dd_11".average_score)::text, 'null'),
              $6::text
            ),
            ','
            order by
              array_position($7::text[], "dd_11".domain)
          ),
          ''
        ) || ']'
      from
        deprivation_domains "dd_11"
      where
        "dd_11".code = a.code
    )
  )::text as "c22"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
  left join regions "r_1" on "r_1".code = a.region_code
  left join (
    mobility_scores "m_2"
    join editions "e_3" on "e_3".edition = "m_2".edition
  ) on "m_2".code = a.code
  and "m_2".edition = $8
  left join (
    classifications "c_4"
    left join coastlines "cl_5" on "cl_5".code = "c_4".code
    join rural_urban_classes "r_6" on "r_6".code = "c_4".rural_urban_code
    join area_classes "s_7" on "s_7".code = "c_4".area_subgroup_code
    join area_classes "g_8" on "g_8".code = "s_7".parent_code
    join area_classes "sg_9" on "sg_9".code = "g_8".parent_code
  ) on "c_4".code = a.code
  left join deprivation_domains "di_10" on "di_10".code = a.code
  and "di_10".domain = 'IMD'
  left join mobility_scores o on o.code = a.code
  and o.edition = $9
where
  exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $10
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $11
  )
order by
  o.rank asc nulls last,
  a.code asc
limit
  $12
offset
  $13;

-- a page as JSON: codes twice (two aliases of nodes), by code: findAuthoritiesJson
-- $1 = 501
-- $2 = 0
select
  (a.code)::text as "c0",
  (a.code)::text as "c1"
from
  authorities a
where
  true
order by
  a.code asc
limit
  $1
offset
  $2;

-- the count of a filter: countAuthorities
-- $1 = 2016
-- $2 = "HOTSPOT"
select
  count(*)::int as count
from
  authorities a
where
  exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $1
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $2
  );

-- a feature collection: hotspots by rank, simplified 500 m, WGS84, three properties: featureCollection
-- $1 = 2016
-- $2 = 2016
-- $3 = "HOTSPOT"
-- $4 = 65
-- $5 = 0
-- $6 = 500
-- $7 = 5
-- $8 = 2016
with
  page as (
    select
      a.code,
      row_number() over (
        order by
          o.rank asc nulls last,
          a.code asc
      ) as ord,
      count(*) over () as matched
    from
      authorities a
      left join mobility_scores o on o.code = a.code
      and o.edition = $1
    where
      exists (
        select
          1
        from
          mobility_scores m
          join editions e on e.edition = m.edition
        where
          m.code = a.code
          and m.edition = $2
          and (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ) = $3
      )
    order by
      o.rank asc nulls last,
      a.code asc
    limit
      $4
    offset
      $5
  )
select
  json_build_object(
    'type',
    'FeatureCollection',
    'features',
    coalesce(
      json_agg(
        json_build_object(
          'type',
          'Feature',
          'id',
          a.code,
          'geometry',
          ST_AsGeoJSON (
            ST_Transform (
              ST_Multi (ST_SimplifyPreserveTopology (b.boundary_bng, $6)),
              4326
            ),
            $7::int,
            0
          )::json,
          'properties',
          json_build_object(
            'code'::text,
            a.code,
            'band'::text,
            (
              case
                when m.rank is null then null
                when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                else 'NEITHER'
              end
            ),
            'rank'::text,
            m.rank
          )
        )
        order by
          pg.ord
      ),
      '[]'::json
    )
  ) as collection,
  max(pg.matched)::int as matched
from
  page pg
  join authorities a on a.code = pg.code
  join boundaries b on b.code = a.code
  join regions r on r.code = a.region_code
  left join populations p on p.code = a.code
  left join classifications c on c.code = a.code
  left join coastlines cl on cl.code = a.code
  left join editions e on e.edition = $8
  left join mobility_scores m on m.code = a.code
  and m.edition = e.edition;

-- a feature collection: every property, stored boundaries, BNG, second page: featureCollection
-- $1 = 100
-- $2 = 100
-- $3 = 1
-- $4 = 2016
with
  page as (
    select
      a.code,
      row_number() over (
        order by
          a.code asc
      ) as ord,
      count(*) over () as matched
    from
      authorities a
    where
      true
    order by
      a.code asc
    limit
      $1
    offset
      $2
  )
select
  json_build_object(
    'type',
    'FeatureCollection',
    'crs',
    json_build_object(
      'type',
      'name',
      'properties',
      json_build_object('name', 'urn:ogc:def:crs:EPSG::27700')
    ),
    'features',
    coalesce(
      json_agg(
        json_build_object(
          'type',
          'Feature',
          'id',
          a.code,
          'geometry',
          ST_AsGeoJSON (b.boundary_bng, $3::int, 0)::json,
          'properties',
          json_build_object(
            'code'::text,
            a.code,
            'name'::text,
            a.name,
            'region'::text,
            r.name,
            'rank'::text,
            m.rank,
            'score'::text,
            m.score,
            'band'::text,
            (
              case
                when m.rank is null then null
                when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                else 'NEITHER'
              end
            ),
            'quintile'::text,
            width_bucket(m.rank, e.quintile_min_ranks),
            'coastal'::text,
            cl.coastal,
            'rural'::text,
            c.rural,
            'industrial'::text,
            c.industrial,
            'population'::text,
            p.persons_mid2016
          )
        )
        order by
          pg.ord
      ),
      '[]'::json
    )
  ) as collection,
  max(pg.matched)::int as matched
from
  page pg
  join authorities a on a.code = pg.code
  join boundaries b on b.code = a.code
  join regions r on r.code = a.region_code
  left join populations p on p.code = a.code
  left join classifications c on c.code = a.code
  left join coastlines cl on cl.code = a.code
  left join editions e on e.edition = $4
  left join mobility_scores m on m.code = a.code
  and m.edition = e.edition;

-- a feature collection sorted by the OGC API's sortby (region, then population descending), two properties: featureCollection
-- $1 = 10
-- $2 = 0
-- $3 = 6
-- $4 = 2016
with
  page as (
    select
      a.code,
      row_number() over (
        order by
          (
            select
              r.name
            from
              regions r
            where
              r.code = a.region_code
          ) asc nulls last,
          (
            select
              p.persons_mid2016
            from
              populations p
            where
              p.code = a.code
          ) desc nulls last,
          a.code asc
      ) as ord,
      count(*) over () as matched
    from
      authorities a
    where
      true
    order by
      (
        select
          r.name
        from
          regions r
        where
          r.code = a.region_code
      ) asc nulls last,
      (
        select
          p.persons_mid2016
        from
          populations p
        where
          p.code = a.code
      ) desc nulls last,
      a.code asc
    limit
      $1
    offset
      $2
  )
select
  json_build_object(
    'type',
    'FeatureCollection',
    'features',
    coalesce(
      json_agg(
        json_build_object(
          'type',
          'Feature',
          'id',
          a.code,
          'geometry',
          ST_AsGeoJSON (b.boundary_wgs84, $3::int, 0)::json,
          'properties',
          json_build_object(
            'region'::text,
            r.name,
            'population'::text,
            p.persons_mid2016
          )
        )
        order by
          pg.ord
      ),
      '[]'::json
    )
  ) as collection,
  max(pg.matched)::int as matched
from
  page pg
  join authorities a on a.code = pg.code
  join boundaries b on b.code = a.code
  join regions r on r.code = a.region_code
  left join populations p on p.code = a.code
  left join classifications c on c.code = a.code
  left join coastlines cl on cl.code = a.code
  left join editions e on e.edition = $4
  left join mobility_scores m on m.code = a.code
  and m.edition = e.edition;
