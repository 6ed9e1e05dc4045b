-- In-app notifications, the local mail outbox (when no SMTP server is configured) and project follows.
create table consultation_notification (
    id          bigserial     primary key,
    account     varchar(64)   not null,
    message_key varchar(100)  not null,
    argument    varchar(300),
    link        varchar(300)  not null,
    created_at  timestamptz   not null default now(),
    read_at     timestamptz
);
create index consultation_notification_account_idx on consultation_notification (account, created_at desc);

create table mail_outbox (
    id          bigserial     primary key,
    recipient   varchar(200)  not null,
    subject     varchar(300)  not null,
    body        text          not null,
    created_at  timestamptz   not null default now()
);

create table project_follow (
    account       varchar(64) not null,
    project_code  varchar(64) not null,
    followed_at   timestamptz not null default now(),
    primary key (project_code, account)
);
