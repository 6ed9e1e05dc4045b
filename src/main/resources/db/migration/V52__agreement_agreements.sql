-- Partnership agreements (conventions): parties, linked projects, each party's commitment per year,
-- payments received, amendments (docs/AGREEMENTS.md).
create table agreement (
    id              bigserial     primary key,
    code            varchar(64)   not null unique,
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    territory_path  varchar(400)  not null collate "C",
    object_ar       varchar(1000) not null,
    object_fr       varchar(1000) not null,
    status          varchar(12)   not null default 'DRAFT'
                    check (status in ('DRAFT', 'SIGNED', 'IN_FORCE', 'CLOSED', 'TERMINATED')),
    signed_on       date,
    demonstration   boolean       not null default false,
    version         bigint        not null default 0
);
create index agreement_territory_idx on agreement (territory_path);

create table agreement_party (
    agreement_id  bigint       not null references agreement (id) on delete cascade,
    org_code      varchar(64)  not null references organization (code) on update cascade,
    primary key (agreement_id, org_code)
);

-- The projects an agreement finances, with a copy of their program and place so the evaluation's
-- question "what is overdue on these projects" is answered without reading the project tables.
create table agreement_project (
    agreement_id    bigint        not null references agreement (id) on delete cascade,
    project_id      bigint        not null references project (id) on delete cascade,
    program_id      bigint        not null,
    territory_path  varchar(400)  not null collate "C",
    primary key (agreement_id, project_id)
);
create index agreement_project_project_idx on agreement_project (project_id);
create index agreement_project_path_idx on agreement_project (territory_path);

create table agreement_commitment (
    agreement_id  bigint         not null,
    org_code      varchar(64)    not null,
    year          int            not null check (year between 2000 and 2100),
    amount        numeric(16, 2) not null check (amount >= 0),
    primary key (agreement_id, org_code, year),
    foreign key (agreement_id, org_code) references agreement_party (agreement_id, org_code) on delete cascade
);

create table agreement_payment (
    id            bigserial      primary key,
    agreement_id  bigint         not null,
    org_code      varchar(64)    not null,
    paid_on       date           not null,
    amount        numeric(16, 2) not null check (amount > 0),
    reference     varchar(100),
    recorded_by   varchar(64)    not null,
    recorded_at   timestamptz    not null default now(),
    foreign key (agreement_id, org_code) references agreement_party (agreement_id, org_code)
);
create index agreement_payment_idx on agreement_payment (agreement_id, org_code);

create table agreement_amendment (
    id            bigserial      primary key,
    agreement_id  bigint         not null references agreement (id) on delete cascade,
    number        int            not null,
    signed_on     date           not null,
    summary       text           not null,
    recorded_by   varchar(64)    not null,
    unique (agreement_id, number)
);
