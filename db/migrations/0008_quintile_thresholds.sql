-- An edition stores the first rank of each of its five quintiles, computed when it is written by
-- the rule in src/mobility/mobility.rules.ts (quintile q ends at round(0.2 q N)). Bands and
-- quintiles are read from these thresholds everywhere, so the rule has one home; they replace
-- hotspot_max_rank and coldspot_min_rank (hotspots are quintile 1, coldspots quintile 5).
alter table editions add column quintile_min_ranks integer[];

-- One-off, for editions loaded before this migration: the same rule, applied to what they store.
update editions
set quintile_min_ranks = array[1, hotspot_max_rank + 1, round(0.4 * ranked_count) + 1, round(0.6 * ranked_count) + 1, coldspot_min_rank]::integer[];

alter table editions
  alter column quintile_min_ranks set not null,
  add constraint editions_quintile_min_ranks_check check (
    cardinality(quintile_min_ranks) = 5
    and quintile_min_ranks[1] = 1
    and quintile_min_ranks[1] <= quintile_min_ranks[2] and quintile_min_ranks[2] <= quintile_min_ranks[3]
    and quintile_min_ranks[3] <= quintile_min_ranks[4] and quintile_min_ranks[4] <= quintile_min_ranks[5]
    and quintile_min_ranks[5] <= ranked_count + 1),
  drop column hotspot_max_rank,
  drop column coldspot_min_rank;
