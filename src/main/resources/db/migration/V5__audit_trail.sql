-- Who changed what, when, with the values before and after. Written in the same transaction as
-- the change itself, so a change without its audit line cannot exist.
create table audit_entry (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(64)  not null,
    action         varchar(16)  not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'LOGIN', 'PASSWORD')),
    entity_type    varchar(64)  not null,
    entity_id      varchar(64)  not null,
    summary        varchar(500),
    before_state   jsonb,
    after_state    jsonb
);
create index audit_entry_time_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
