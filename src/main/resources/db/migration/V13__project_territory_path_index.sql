-- Projects of a territory's subtree, selected by a range of paths.
--
-- ScopeFilter and ProjectFilter select projects with a half-open range of materialized paths
-- (territory_path >= :from and territory_path < :to) so that one index can serve every scope and
-- subtree filter. The only index on the column, project_territory_idx, uses varchar_pattern_ops,
-- whose operators (~>=~, ~<~) serve LIKE 'prefix%' only: PostgreSQL cannot use it for >= and <, so
-- every project list, count and evaluation of a region or a commune read the whole table (measured
-- at 300,000 projects in docs/PERFORMANCE.md, "Projects and evaluation at national scale").
-- territory_path is collate "C", so the default operator class orders paths byte by byte: it serves
-- those ranges (and a constant LIKE prefix), and returns a subtree's projects in path order.
create index project_territory_path_idx on project (territory_path);
-- The pattern index served only LIKE; the new one serves LIKE prefixes too.
drop index if exists project_territory_idx;
