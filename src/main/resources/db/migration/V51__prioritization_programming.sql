-- Multi-year programming scenarios of a program and their solver runs (docs/PRIORITIZATION.md).
create table programming_scenario (
    id                    bigserial     primary key,
    program_id            bigint        not null references program (id) on delete cascade,
    name                  varchar(200)  not null,
    first_year            int           not null check (first_year between 2000 and 2100),
    years                 int           not null default 6 check (years between 1 and 10),
    -- {"REGION": [cap year 1, …, cap year n], …} in MAD; a source not listed is not capped.
    caps                  jsonb         not null,
    -- [["CODE-A", "CODE-B"], …]: B starts only once A is finished.
    precedences           jsonb         not null default '[]',
    -- {"JOBS": 0.3, …}: other weights than the program's (null: the program's).
    weights               jsonb,
    rural_min_percent     int           not null default 0 check (rural_min_percent between 0 and 100),
    province_min_percent  int           not null default 0 check (province_min_percent between 0 and 100),
    max_starts_per_year   int           not null default 0 check (max_starts_per_year >= 0),
    time_limit_seconds    int           not null default 30 check (time_limit_seconds between 1 and 600),
    chosen                boolean       not null default false,
    created_by            varchar(64)   not null,
    created_at            timestamptz   not null default now(),
    version               bigint        not null default 0,
    unique (program_id, name)
);
-- The chosen scenario is the program's programming: one at most.
create unique index programming_scenario_chosen_idx on programming_scenario (program_id) where chosen;

create table programming_job (
    id             bigserial     primary key,
    scenario_id    bigint        not null references programming_scenario (id) on delete cascade,
    program_id     bigint        not null references program (id) on delete cascade,
    status         varchar(10)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
    requested_by   varchar(64)   not null,
    requested_at   timestamptz   not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    objective      bigint,
    bound          double precision,
    gap            double precision,
    greedy_ratio   numeric(6, 3),
    outcome        jsonb,
    error          varchar(500)
);
create index programming_job_scenario_idx on programming_job (scenario_id, id desc);
