-- The figures behind the scores the diagnosis and the consultation feed (docs/PRIORITIZATION.md): for
-- each candidate and fed criterion, the raw figure (mean deficit in % of the goal, or supports) and its
-- details, as of the last refresh. The scores themselves are in prioritization_score, by the
-- synthetic evaluators '@diagnosis' and '@consultation'.
create table prioritization_fed_figure (
    program_id      bigint            not null references program (id) on delete cascade,
    project_id      bigint            not null references project (id) on delete cascade,
    criterion_code  varchar(32)       not null,
    raw_value       double precision  not null,
    score           numeric(4, 1)     not null,
    details         jsonb             not null,
    refreshed_at    timestamptz       not null default now(),
    refreshed_by    varchar(64)       not null,
    primary key (program_id, project_id, criterion_code)
);
