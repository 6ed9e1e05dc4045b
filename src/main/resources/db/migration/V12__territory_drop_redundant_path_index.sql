-- path is collate "C", so the unique index on path already serves prefix ranges; the extra
-- varchar_pattern_ops index was never used (docs/PERFORMANCE.md) and only cost writes.
drop index if exists territorial_unit_path_prefix_idx;
