-- The SQL of src/server/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- readiness: dataStatus
select
  (
    select
      count(*)::int
    from
      authorities
  ) as authorities,
  (
    select
      count(*)::int
    from
      editions
  ) as editions;

-- the data version: currentDataVersion
select
  version::text as version
from
  data_version;
