-- A label can be corrected (a mistyped certificate number) or renewed (new validity dates) in place:
-- a version detects two people correcting it at once.
alter table ess_label add column version bigint not null default 0;
