-- The figures the evaluation of a mandate reads (docs/EVALUATION.md, "Where the figures come from"),
-- kept live: for every cell — the projects of one mandate located in one territorial unit — its
-- totals, its breakdowns by status, sector, competence and axis node, the unexecuted amount
-- attributed to each cause family and cause, the unexecuted amount of projects without any cause, and
-- per funding source the planned, committed and paid amounts. ProjectTally recomputes a cell from
-- the projects, their funding plans, financial events and blockings in the same transaction as every
-- write to them, so the evaluation of a region sums ~15,000 cell rows instead of re-reading its
-- 31,701 projects ten times, with their 1 M financial events and 174,000 blockings (docs/PERFORMANCE.md).
--
-- A cell is the largest set every evaluation condition keeps or drops whole: the reader's scopes and
-- the evaluated subtree select by territory path, the mandate by the projects' programs. The backfill
-- is the Java migration V61 (the same statement as ProjectTally, so there is one definition of the figures).
create table project_tally (
    mandate_code    varchar(16)   not null references mandate (code),
    territory_path  varchar(400)  not null collate "C",
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    breakdown       varchar(12)   not null check (breakdown in ('UNIT', 'STATUS', 'SECTOR', 'COMPETENCE', 'NODE',
                                                                'FAMILY', 'CAUSE', 'NO_CAUSE', 'SOURCE')),
    -- status, sector code, competence, "program id:node id" (none: "program id:"), family, cause or
    -- source code; '' for UNIT and NO_CAUSE
    key             varchar(64)   not null,
    family          varchar(24),              -- the family of a CAUSE
    -- measures; null where they mean nothing (a cause has no cost, a source no project count)
    projects        bigint,
    cost            numeric,                  -- for a SOURCE: its planned amount
    completed       bigint,
    executed        numeric,                  -- Σ cost × physical progress / 100
    committed       numeric,
    paid            numeric,
    unexecuted      numeric,                  -- for a FAMILY or CAUSE: the part attributed to it
    primary key (territory_path, mandate_code, breakdown, key)
);

-- "Late" depends on today's date, so it cannot be kept in a tally: it is counted live over the
-- unfinished projects, read from this index alone (a region: ~200 pages instead of 3,000 heap pages).
create index project_unfinished_idx on project (territory_path) include (program_id, planned_end, cost)
    where status <> 'COMPLETED';
