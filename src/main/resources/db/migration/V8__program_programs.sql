-- Mandates, programs of collectivities (PDR, PDP, PAC), their phases and their structure.
create table mandate (
    code       varchar(16)  primary key,           -- e.g. 2016-2021
    starts_on  date         not null,
    ends_on    date         not null,
    check (ends_on > starts_on)
);
insert into mandate (code, starts_on, ends_on) values
    ('2016-2021', '2016-01-01', '2021-12-31'),
    ('2022-2027', '2022-01-01', '2027-12-31');

create table program (
    id               bigserial    primary key,
    code             varchar(64)  not null unique,
    kind             varchar(8)   not null check (kind in ('PDR', 'PDP', 'PAC')),
    mandate_code     varchar(16)  not null references mandate (code),
    territory_code   varchar(32)  not null references territorial_unit (code) on update cascade,
    territory_path   varchar(400) not null collate "C",  -- copied from the territory module for scope filters
    owner_org_code   varchar(64)  references organization (code) on update cascade,
    title_ar         varchar(400) not null,
    title_fr         varchar(400) not null,
    status           varchar(16)  not null default 'PREPARATION'
                     check (status in ('PREPARATION', 'ADOPTED', 'EXECUTION', 'CLOSED')),
    demonstration    boolean      not null default false,
    version          bigint       not null default 0,
    unique (kind, mandate_code, territory_code)
);
create index program_territory_idx on program (territory_path varchar_pattern_ops);

-- Each phase of the decrees, dated and attributable.
create table program_phase (
    program_id           bigint       not null references program (id) on delete cascade,
    phase                varchar(32)  not null,
    started_on           date,
    completed_on         date,
    deliberation_number  varchar(64),
    decision_date        date,
    note                 varchar(2000),
    recorded_by          varchar(64)  not null,
    recorded_at          timestamptz  not null default now(),
    primary key (program_id, phase),
    check (completed_on is null or started_on is null or completed_on >= started_on)
);

-- Axes and sub-programs: a tree inside a program.
create table program_node (
    id          bigserial    primary key,
    program_id  bigint       not null references program (id) on delete cascade,
    parent_id   bigint       references program_node (id) on delete cascade,
    kind        varchar(16)  not null check (kind in ('AXIS', 'SUB_PROGRAM')),
    code        varchar(32)  not null,
    title_ar    varchar(400) not null,
    title_fr    varchar(400) not null,
    position    int          not null default 0,
    unique (program_id, code),
    check ((kind = 'AXIS') = (parent_id is null))
);
create index program_node_program_idx on program_node (program_id, position);
