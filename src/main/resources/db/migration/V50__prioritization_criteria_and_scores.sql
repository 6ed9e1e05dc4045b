-- Prioritization of a program's candidate projects (docs/PRIORITIZATION.md).

-- How the weights of a program's criteria were set: directly, or from AHP pairwise comparisons.
create table prioritization_setup (
    program_id         bigint       primary key references program (id) on delete cascade,
    weight_method      varchar(8)   not null default 'DIRECT' check (weight_method in ('DIRECT', 'AHP')),
    lambda_max         numeric(10, 4),
    consistency_ratio  numeric(10, 4),
    version            bigint       not null default 0
);

-- The criteria of a program. "fed_by" names the module meant to supply a criterion's score once it
-- exists (the diagnosis for the social deficit, the consultation for citizen support); until then,
-- and whenever it is null, evaluators score it.
create table prioritization_criterion (
    program_id  bigint        not null references program (id) on delete cascade,
    code        varchar(32)   not null,
    name_ar     varchar(200)  not null,
    name_fr     varchar(200)  not null,
    weight      numeric(9, 6) not null default 0 check (weight >= 0 and weight <= 1),
    fed_by      varchar(16)   check (fed_by in ('DIAGNOSIS', 'CONSULTATION')),
    position    int           not null,
    primary key (program_id, code)
);

-- AHP: how much more the row criterion matters than the column one (upper triangle, 1/9 … 9).
create table prioritization_comparison (
    program_id  bigint        not null references program (id) on delete cascade,
    row_code    varchar(32)   not null,
    col_code    varchar(32)   not null,
    value       numeric(10, 6) not null check (value >= 0.111 and value <= 9),
    primary key (program_id, row_code, col_code)
);

-- Accounts invited to score a program's candidates.
create table prioritization_evaluator (
    program_id  bigint       not null references program (id) on delete cascade,
    username    varchar(64)  not null,
    invited_by  varchar(64)  not null,
    invited_at  timestamptz  not null default now(),
    primary key (program_id, username)
);

-- One evaluator's score of one candidate on one criterion, 0 (nothing) to 10 (the most).
create table prioritization_score (
    program_id     bigint       not null references program (id) on delete cascade,
    project_id     bigint       not null references project (id) on delete cascade,
    criterion_code varchar(32)  not null,
    evaluator      varchar(64)  not null,
    score          numeric(4, 1) not null check (score >= 0 and score <= 10),
    scored_at      timestamptz  not null default now(),
    primary key (program_id, project_id, criterion_code, evaluator),
    foreign key (program_id, criterion_code) references prioritization_criterion (program_id, code) on delete cascade
);

-- A time horizon set by a planner (otherwise the one proposed from maturity and cost applies).
create table prioritization_horizon (
    program_id  bigint       not null references program (id) on delete cascade,
    project_id  bigint       not null references project (id) on delete cascade,
    horizon     varchar(8)   not null check (horizon in ('SHORT', 'MEDIUM', 'LONG')),
    set_by      varchar(64)  not null,
    primary key (program_id, project_id)
);
