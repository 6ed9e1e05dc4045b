-- The ESS dashboard at scale (docs/ESS.md, bench/run.sh ess). Plans at 50,000 cooperatives and
-- 200,000 applications showed the region's ~21,000 applications read from scattered heap pages
-- (99 of 137 ms) and every label read to join the region's cooperatives (45 of 62 ms). Covering
-- indexes let both be index-only scans: the applications of a region in path order with the figures
-- summed, and a cooperative's labels with their validity.
create index ess_application_path_cover_idx on ess_application (territory_path)
    include (value_chain, requested, approved, paid, cooperative_id);
drop index ess_application_path_idx;

create index ess_label_coop_cover_idx on ess_label (cooperative_id) include (valid_from, valid_until);
drop index ess_label_coop_idx;
