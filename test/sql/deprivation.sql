-- The SQL of src/deprivation/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- summaries: deprivationOf
-- $1 = ["E09000033","E09000028"]
-- $2 = ["IMD","INCOME","EMPLOYMENT","EDUCATION","HEALTH","CRIME","BARRIERS","LIVING_ENVIRONMENT","IDACI","IDAOPI"]
select
  code,
  domain,
  average_rank as "averageRank",
  rank_of_average_rank as "rankOfAverageRank",
  average_score as "averageScore",
  rank_of_average_score as "rankOfAverageScore",
  most_deprived_10pct_share as "mostDeprived10PctShare",
  rank_of_most_deprived_10pct_share as "rankOfMostDeprived10PctShare",
  scale,
  rank_of_scale as "rankOfScale",
  extent,
  rank_of_extent as "rankOfExtent",
  local_concentration as "localConcentration",
  rank_of_local_concentration as "rankOfLocalConcentration",
  (
    select
      count(*)::int
    from
      deprivation_domains all_d
    where
      all_d.domain = d.domain
  ) as "outOf"
from
  deprivation_domains d
where
  code = any ($1::text[])
order by
  array_position($2::text[], domain);
