-- The SQL of src/common/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- all sources: allSources
select
  id,
  title,
  publisher,
  published,
  url,
  licence,
  attribution
from
  sources
order by
  id;
