-- Bulk updates of projects from Excel: what an uploaded workbook will change, between its preview
-- and its commit, and how the commit went. Kept a short while only (see BulkUpdates.KEPT); what was
-- applied is in the audit trail and the projects' progress history.
create table project_bulk_upload (
    token        uuid          primary key,
    username     varchar(64)   not null,
    file_name    varchar(255)  not null,
    sheet_name   varchar(64),
    rows_read    int           not null,
    unchanged    int           not null,
    total        int           not null,                -- projects to change
    done         int           not null default 0,      -- projects changed so far by the running commit
    status       varchar(12)   not null default 'READY'
                 check (status in ('READY', 'RUNNING', 'DONE', 'REJECTED', 'FAILED')),
    plan         jsonb         not null,                -- the changes, as checked at upload (BulkPlan)
    problems     jsonb,                                 -- why the commit was refused, located in the file
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    finished_at  timestamptz
);
create index project_bulk_upload_created_idx on project_bulk_upload (created_at);
