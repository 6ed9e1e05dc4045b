-- Social and solidarity economy (ESS): the cooperative registry, products and quality labels
-- (law 25-06), calls for projects with their rules as data, financing applications and their
-- workflow, trainings. Territory paths are copies taken from the territory API when written
-- (collate "C", default operator class) so scopes and subtrees are index range scans.

create table ess_cooperative (
    id                  bigserial primary key,
    registration_number varchar(40)   not null unique,
    registered_on       date          not null,
    name_ar             varchar(200)  not null,
    name_fr             varchar(200)  not null,
    legal_form          varchar(30)   not null,
    value_chain         varchar(30)   not null,
    territory_code      varchar(32)   not null,
    territory_path      varchar(400)  not null collate "C",
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    members_total       integer       not null check (members_total >= 0),
    members_women       integer       not null check (members_women >= 0 and members_women <= members_total),
    members_youth       integer       not null check (members_youth >= 0 and members_youth <= members_total),
    capital             numeric(14, 2) not null default 0 check (capital >= 0),
    status              varchar(20)   not null,
    in_directory        boolean       not null default false,
    demonstration       boolean       not null default false,
    version             bigint        not null default 0
);
create index ess_cooperative_path_idx on ess_cooperative (territory_path);
create index ess_cooperative_chain_idx on ess_cooperative (value_chain, territory_path);
create index ess_cooperative_directory_idx on ess_cooperative (territory_path) where in_directory;

-- The accounts that manage a cooperative (a COOPERATIVE_MANAGER sees and edits only these).
create table ess_cooperative_manager (
    username       varchar(100) not null,
    cooperative_id bigint       not null references ess_cooperative (id) on delete cascade,
    primary key (username, cooperative_id)
);
create index ess_cooperative_manager_coop_idx on ess_cooperative_manager (cooperative_id);

create table ess_product (
    id             bigserial primary key,
    cooperative_id bigint       not null references ess_cooperative (id),
    name_ar        varchar(200) not null,
    name_fr        varchar(200) not null
);
create index ess_product_coop_idx on ess_product (cooperative_id);

-- A quality label under law 25-06 held by a product: its certificate and its validity.
create table ess_label (
    id                 bigserial primary key,
    product_id         bigint       not null references ess_product (id),
    cooperative_id     bigint       not null references ess_cooperative (id),
    kind               varchar(30)  not null,
    name               varchar(200) not null,
    certification_body varchar(200) not null,
    certificate_number varchar(60)  not null,
    valid_from         date         not null,
    valid_until        date         not null,
    check (valid_until >= valid_from)
);
create index ess_label_coop_idx on ess_label (cooperative_id);
create index ess_label_until_idx on ess_label (valid_until);

-- A call for projects and its rules, as data.
create table ess_call (
    id                   bigserial primary key,
    code                 varchar(40)   not null unique,
    program              varchar(30)   not null,
    title_ar             varchar(300)  not null,
    title_fr             varchar(300)  not null,
    opens_on             date          not null,
    closes_on            date          not null,
    max_share_pct        numeric(5, 2) not null check (max_share_pct > 0 and max_share_pct <= 100),
    max_amount           numeric(14, 2) not null check (max_amount > 0),
    max_in_kind_pct      numeric(5, 2) not null check (max_in_kind_pct >= 0 and max_in_kind_pct <= 100),
    demonstration        boolean       not null default false,
    version              bigint        not null default 0,
    check (closes_on >= opens_on)
);

create table ess_call_value_chain (
    call_id     bigint      not null references ess_call (id) on delete cascade,
    value_chain varchar(30) not null,
    primary key (call_id, value_chain)
);

create table ess_call_territory (
    call_id        bigint       not null references ess_call (id) on delete cascade,
    territory_code varchar(32)  not null,
    territory_path varchar(400) not null collate "C",
    primary key (call_id, territory_code)
);

create table ess_application (
    id              bigserial primary key,
    reference       varchar(40)    not null unique,
    call_id         bigint         not null references ess_call (id),
    cooperative_id  bigint         not null references ess_cooperative (id),
    territory_path  varchar(400)   not null collate "C",
    value_chain     varchar(30)    not null,
    title_ar        varchar(300)   not null,
    title_fr        varchar(300)   not null,
    budget          numeric(14, 2) not null,
    requested       numeric(14, 2) not null,
    own_cash        numeric(14, 2) not null,
    own_in_kind     numeric(14, 2) not null,
    approved        numeric(14, 2),
    paid            numeric(14, 2) not null default 0,
    status          varchar(20)    not null,
    submitted_on    date           not null,
    decision_reason text,
    agreement_number varchar(60),
    demonstration   boolean        not null default false,
    version         bigint         not null default 0
);
create index ess_application_path_idx on ess_application (territory_path, status);
create index ess_application_coop_idx on ess_application (cooperative_id);
create index ess_application_call_idx on ess_application (call_id);

create table ess_budget_line (
    application_id bigint         not null references ess_application (id) on delete cascade,
    position       integer        not null,
    label          varchar(300)   not null,
    amount         numeric(14, 2) not null check (amount > 0),
    primary key (application_id, position)
);

-- Every step of an application's workflow: what happened, on which day, who recorded it.
create table ess_application_step (
    application_id bigint       not null references ess_application (id) on delete cascade,
    position       integer      not null,
    kind           varchar(30)  not null,
    status_after   varchar(30)  not null,
    occurred_on    date         not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null default now(),
    amount         numeric(14, 2),
    score          integer,
    note           text,
    primary key (application_id, position)
);

create table ess_application_document (
    id             bigserial primary key,
    application_id bigint       not null references ess_application (id),
    file_name      varchar(200) not null,
    content_type   varchar(120) not null,
    size_bytes     integer      not null,
    content        bytea        not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz  not null default now()
);
create index ess_application_document_app_idx on ess_application_document (application_id);

create table ess_training (
    id             bigserial primary key,
    kind           varchar(30)  not null,
    title_ar       varchar(300) not null,
    title_fr       varchar(300) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    trainer        varchar(200) not null,
    territory_code varchar(32)  not null,
    territory_path varchar(400) not null collate "C",
    demonstration  boolean      not null default false,
    version        bigint       not null default 0,
    check (ends_on >= starts_on)
);
create index ess_training_path_idx on ess_training (territory_path, starts_on);

-- Who took part: per cooperative, how many were registered, how many attended, women and youth among them.
create table ess_training_participant (
    training_id    bigint  not null references ess_training (id) on delete cascade,
    cooperative_id bigint  not null references ess_cooperative (id),
    registered     integer not null check (registered > 0),
    attended       integer not null check (attended >= 0 and attended <= registered),
    women          integer not null check (women >= 0 and women <= registered),
    youth          integer not null check (youth >= 0 and youth <= registered),
    primary key (training_id, cooperative_id)
);
create index ess_training_participant_coop_idx on ess_training_participant (cooperative_id);

create sequence ess_application_reference_seq;
