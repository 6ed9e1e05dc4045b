-- Documents and photos of a project (studies, minutes, site photos), optionally attached to one
-- progress report. Kept in PostgreSQL so every application instance serves them and a backup
-- holds everything.
create table project_document (
    id            bigserial    primary key,
    project_id    bigint       not null references project (id) on delete cascade,
    progress_id   bigint       references project_progress (id) on delete set null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    int          not null check (size_bytes > 0),
    content       bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null default now()
);
create index project_document_project_idx on project_document (project_id, uploaded_at desc);
