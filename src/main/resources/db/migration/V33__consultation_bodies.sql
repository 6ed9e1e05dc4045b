-- Consultative bodies of councils (organic laws 111/112/113-14): the equality, equal opportunity
-- and gender body of every council, the youth body, and the economic actors' body of regions.
-- A session is a meeting of kind CONSULTATIVE_BODY_SESSION; opinions may cite the session.
create table consultative_body (
    id                bigserial     primary key,
    kind              varchar(30)   not null check (kind in ('EQUALITY_GENDER', 'YOUTH', 'ECONOMIC_ACTORS')),
    council_code      varchar(40)   not null references territorial_unit (code),
    territory_path    varchar(400)  not null collate "C",
    council_org_code  varchar(40)   not null,
    name_ar           varchar(300)  not null,
    name_fr           varchar(300)  not null,
    created_by        varchar(64)   not null,
    version           bigint        not null default 0,
    unique (council_code, kind)
);
create index consultative_body_territory_idx on consultative_body (territory_path);

create table consultative_body_member (
    id            bigserial    primary key,
    body_id       bigint       not null references consultative_body (id) on delete cascade,
    full_name     varchar(200) not null,
    organization  varchar(300),
    gender        char(1)      not null check (gender in ('F', 'M')),
    youth         boolean      not null default false
);
create index consultative_body_member_body_idx on consultative_body_member (body_id, id);

create table consultative_body_session (
    body_id     bigint not null references consultative_body (id) on delete cascade,
    meeting_id  bigint not null references meeting (id) on delete cascade,
    primary key (body_id, meeting_id)
);

create table consultative_body_opinion (
    id          bigserial     primary key,
    body_id     bigint        not null references consultative_body (id) on delete cascade,
    meeting_id  bigint        references meeting (id) on delete set null,
    subject     varchar(300)  not null,
    opinion     varchar(4000) not null,
    given_on    date          not null
);
create index consultative_body_opinion_body_idx on consultative_body_opinion (body_id, given_on desc);
