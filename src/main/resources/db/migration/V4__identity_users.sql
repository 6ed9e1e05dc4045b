create table user_account (
    id                 bigserial primary key,
    username           varchar(64)  not null,
    password_hash      varchar(200) not null,
    full_name          varchar(200) not null,
    email              varchar(200),
    organization_id    bigint       not null references organization (id),
    preferred_language varchar(8)   not null default 'ar',
    enabled            boolean      not null default true,
    failed_logins      int          not null default 0,
    locked_until       timestamptz,
    password_changed_at timestamptz,
    version            bigint       not null default 0
);
create unique index user_account_username_idx on user_account (lower(username));

-- A role is always held over a territory and what lies below it.
create table user_role (
    user_account    bigint      not null references user_account (id) on delete cascade,
    role            varchar(32) not null,
    territory_code  varchar(32) not null references territorial_unit (code) on update cascade,
    primary key (user_account, role, territory_code)
);
