-- Territorial units: country → region → prefecture/province → commune.
-- "path" is the materialized path of codes (e.g. /MA/MA-09/MA-INE/MA-INE-01/) so a whole subtree is
-- one index range scan (path LIKE '/MA/MA-09/%').
create table territorial_unit (
    id                       bigserial primary key,
    code                     varchar(32)  not null unique,
    level                    varchar(16)  not null check (level in ('COUNTRY', 'REGION', 'PREFECTURE', 'PROVINCE', 'COMMUNE')),
    commune_kind             varchar(8)   check (commune_kind in ('URBAN', 'RURAL')),
    parent_id                bigint       references territorial_unit (id),
    path                     varchar(400) not null unique collate "C",
    depth                    int          not null,
    name_ar                  varchar(200) not null,
    name_fr                  varchar(200) not null,
    name_tzm                 varchar(200),
    latitude                 numeric(9, 6) check (latitude between -90 and 90),
    longitude                numeric(9, 6) check (longitude between -180 and 180),
    area_km2                 numeric(12, 2) check (area_km2 > 0),
    declared_urban_communes  int check (declared_urban_communes >= 0),
    declared_rural_communes  int check (declared_rural_communes >= 0),
    version                  bigint       not null default 0,
    check (level = 'COMMUNE' or commune_kind is null),
    check ((level = 'COUNTRY') = (parent_id is null))
);
create index territorial_unit_parent_idx on territorial_unit (parent_id, name_fr);
create index territorial_unit_path_prefix_idx on territorial_unit (path varchar_pattern_ops);

-- Population by census (RGPH) year; "estimated" marks a figure derived rather than published.
create table territorial_unit_population (
    territorial_unit bigint  not null references territorial_unit (id) on delete cascade,
    census_year      int     not null check (census_year between 1900 and 2100),
    inhabitants      int     not null check (inhabitants >= 0),
    estimated        boolean not null default false,
    primary key (territorial_unit, census_year)
);
