-- Organizations that act in a territory: councils, the governor's administration, State sectors,
-- INDH committees, partners, cooperatives and associations.
create table organization (
    id              bigserial primary key,
    code            varchar(64)  not null unique,
    kind            varchar(32)  not null,
    name_ar         varchar(300) not null,
    name_fr         varchar(300) not null,
    territory_code  varchar(32)  not null references territorial_unit (code) on update cascade,
    sector          varchar(64),
    version         bigint       not null default 0
);
create index organization_territory_idx on organization (territory_code);
