-- Proposals, supports, official answers, petitions, signatures, comments and abuse reports.
-- Authors are account usernames; their e-mail is never copied here (nor ever shown).
create table proposal (
    id              bigserial     primary key,
    author          varchar(64)   not null,
    title           varchar(200)  not null,
    body            text          not null,
    category        varchar(40)   not null,
    territory_code  varchar(40)   not null references territorial_unit (code),
    territory_path  varchar(400)  not null collate "C",
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    status          varchar(20)   not null default 'SUBMITTED',
    hidden          boolean       not null default false,
    hidden_reason   varchar(500),
    project_code    varchar(64),
    merged_into     bigint        references proposal (id),
    supports        int           not null default 0,
    demonstration   boolean       not null default false,
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0,
    check (not hidden or hidden_reason is not null)
);
create index proposal_territory_idx on proposal (territory_path, created_at desc);
create index proposal_created_idx on proposal (created_at desc, id desc);
-- Counting the visible proposals of a territory for the pages is an index-only range scan.
create index proposal_visible_idx on proposal (territory_path, status) where not hidden;
create index proposal_author_idx on proposal (author, created_at);
create index proposal_project_idx on proposal (project_code) where project_code is not null;

-- One support per account and proposal, enforced by the key.
create table proposal_support (
    proposal_id  bigint      not null references proposal (id) on delete cascade,
    account      varchar(64) not null,
    supported_at timestamptz not null default now(),
    primary key (proposal_id, account)
);

-- Every official answer, kept: the proposal's current status is its last answer.
create table proposal_answer (
    id            bigserial     primary key,
    proposal_id   bigint        not null references proposal (id) on delete cascade,
    status        varchar(20)   not null,
    text          varchar(4000) not null,
    project_code  varchar(64),
    answered_by   varchar(64)   not null,
    answered_at   timestamptz   not null default now()
);
create index proposal_answer_proposal_idx on proposal_answer (proposal_id, id);

-- Signatures needed for a petition to be admissible, per kind of collectivity (organic laws
-- 111-14, 112-14, 113-14); the administrator may change them.
create table petition_threshold (
    level       varchar(20) primary key,
    signatures  int         not null check (signatures > 0),
    version     bigint      not null default 0
);
insert into petition_threshold (level, signatures) values ('REGION', 300), ('PREFECTURE', 300), ('PROVINCE', 300), ('COMMUNE', 200);

create table petition (
    id              bigserial     primary key,
    author          varchar(64)   not null,
    title           varchar(200)  not null,
    body            text          not null,
    council_code    varchar(40)   not null references territorial_unit (code),
    council_level   varchar(20)   not null,
    territory_path  varchar(400)  not null collate "C",
    status          varchar(20)   not null default 'SUBMITTED',
    reason          varchar(2000),
    answer          varchar(4000),
    signatures      int           not null default 0,
    demonstration   boolean       not null default false,
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0
);
create index petition_territory_idx on petition (territory_path, created_at desc);

create table petition_signature (
    petition_id  bigint      not null references petition (id) on delete cascade,
    account      varchar(64) not null,
    signed_at    timestamptz not null default now(),
    primary key (petition_id, account)
);

-- Comments on a proposal, a project or a meeting (subject_key: the id or the project code).
create table consultation_comment (
    id             bigserial     primary key,
    subject_type   varchar(20)   not null check (subject_type in ('PROPOSAL', 'PROJECT', 'MEETING')),
    subject_key    varchar(64)   not null,
    author         varchar(64)   not null,
    body           varchar(4000) not null,
    hidden         boolean       not null default false,
    hidden_reason  varchar(500),
    created_at     timestamptz   not null default now()
);
create index consultation_comment_subject_idx on consultation_comment (subject_type, subject_key, created_at);
create index consultation_comment_author_idx on consultation_comment (author, created_at);

create table abuse_report (
    id           bigserial    primary key,
    comment_id   bigint       references consultation_comment (id) on delete cascade,
    proposal_id  bigint       references proposal (id) on delete cascade,
    reporter     varchar(64)  not null,
    reason       varchar(500) not null,
    reported_at  timestamptz  not null default now(),
    resolved     boolean      not null default false,
    check ((comment_id is null) <> (proposal_id is null)),
    unique (comment_id, reporter),
    unique (proposal_id, reporter)
);
