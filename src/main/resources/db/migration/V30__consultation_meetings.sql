-- Consultation meetings and workshops: who organized them, for which program phase, where and when,
-- their agenda, who took part (counts by category, gender and youth, and a named attendance
-- register), the minutes (sanitized HTML), the recommendations and their follow-up, attachments.
-- Programs, organizations and territories are referenced by code/id only: the consultation module
-- reads them through their modules' APIs, and keeps a copy of the territory's path for scope filters.
create table meeting (
    id                 bigserial     primary key,
    kind               varchar(40)   not null,
    title_ar           varchar(300)  not null,
    title_fr           varchar(300)  not null,
    program_id         bigint,
    phase              varchar(40),
    organizer_org_code varchar(40)   not null,
    chair              varchar(200),
    starts_at          timestamptz   not null,
    ends_at            timestamptz,
    territory_code     varchar(40)   not null references territorial_unit (code),
    territory_path     varchar(400)  not null collate "C",
    venue              varchar(300),
    minutes_html       text,
    demonstration      boolean       not null default false,
    created_by         varchar(64)   not null,
    created_at         timestamptz   not null default now(),
    version            bigint        not null default 0,
    check (ends_at is null or ends_at >= starts_at)
);
create index meeting_territory_idx on meeting (territory_path, starts_at);
create index meeting_starts_idx on meeting (starts_at);

create table meeting_agenda_item (
    id          bigserial    primary key,
    meeting_id  bigint       not null references meeting (id) on delete cascade,
    position    int          not null,
    title       varchar(500) not null
);
create index meeting_agenda_meeting_idx on meeting_agenda_item (meeting_id, position);

-- Participants by category: how many women and men, how many of them young (under 35). A count
-- left empty is unknown (press reports name who came, rarely how many), not zero.
create table meeting_participation (
    meeting_id     bigint        not null references meeting (id) on delete cascade,
    category       varchar(40)   not null,
    organizations  varchar(1000),
    women          int           check (women >= 0),
    men            int           check (men >= 0),
    youth          int           check (youth >= 0),
    primary key (meeting_id, category),
    check (youth is null or women is null or men is null or youth <= women + men)
);

create table meeting_attendance (
    id            bigserial    primary key,
    meeting_id    bigint       not null references meeting (id) on delete cascade,
    full_name     varchar(200) not null,
    organization  varchar(300),
    category      varchar(40)  not null,
    gender        char(1)      not null check (gender in ('F', 'M')),
    youth         boolean      not null default false,
    present       boolean      not null default true
);
create index meeting_attendance_meeting_idx on meeting_attendance (meeting_id, id);

create table meeting_recommendation (
    id            bigserial     primary key,
    meeting_id    bigint        not null references meeting (id) on delete cascade,
    text          varchar(2000) not null,
    owner         varchar(300),
    due_on        date,
    status        varchar(20)   not null default 'OPEN',
    project_code  varchar(64),
    version       bigint        not null default 0
);
create index meeting_recommendation_meeting_idx on meeting_recommendation (meeting_id, id);
create index meeting_recommendation_project_idx on meeting_recommendation (project_code) where project_code is not null;

create table meeting_attachment (
    id            bigserial    primary key,
    meeting_id    bigint       not null references meeting (id) on delete cascade,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    int          not null check (size_bytes > 0),
    content       bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);
create index meeting_attachment_meeting_idx on meeting_attachment (meeting_id);
