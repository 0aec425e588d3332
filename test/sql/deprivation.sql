-- The SQL of src/deprivation/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- summaries: deprivationOf
-- $1 = ["E09000033","E09000028"]
-- $2 = ["IMD","INCOME","EMPLOYMENT","EDUCATION","HEALTH","CRIME","BARRIERS","LIVING_ENVIRONMENT","IDACI","IDAOPI"]
select
  d.code,
  d.domain,
  d.average_rank as "averageRank",
  d.rank_of_average_rank as "rankOfAverageRank",
  d.average_score as "averageScore",
  d.rank_of_average_score as "rankOfAverageScore",
  d.most_deprived_10pct_share as "mostDeprived10PctShare",
  d.rank_of_most_deprived_10pct_share as "rankOfMostDeprived10PctShare",
  d.scale,
  d.rank_of_scale as "rankOfScale",
  d.extent,
  d.rank_of_extent as "rankOfExtent",
  d.local_concentration as "localConcentration",
  d.rank_of_local_concentration as "rankOfLocalConcentration",
  c.districts as "outOf"
from
  deprivation_domains d
  join (
    select
      domain,
      count(*)::int as districts
    from
      deprivation_domains
    group by
      domain
  ) as c on c.domain = d.domain
where
  d.code = any ($1::text[])
order by
  array_position($2::text[], d.domain);
