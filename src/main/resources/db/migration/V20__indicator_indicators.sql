-- Territorial diagnosis: the indicator catalogue, values per unit and year (submitted, then validated
-- by the governor's office before they count), targets and national/regional reference values.
create table indicator (
    id               bigserial    primary key,
    code             varchar(32)  not null unique,
    name_ar          varchar(300) not null,
    name_fr          varchar(300) not null,
    unit             varchar(32)  not null,
    domain           varchar(16)  not null check (domain in ('EDUCATION', 'HEALTH', 'WATER', 'SANITATION', 'ELECTRICITY',
                                                            'ROADS', 'HOUSING', 'EMPLOYMENT', 'POVERTY', 'ECONOMY',
                                                            'ENVIRONMENT', 'DEMOGRAPHY')),
    polarity         varchar(16)  not null check (polarity in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source           varchar(200) not null,
    levels           varchar(100) not null,   -- comma-separated territory levels, e.g. COMMUNE,PROVINCE,REGION
    aggregation      varchar(32)  not null check (aggregation in ('SUM', 'POPULATION_WEIGHTED_MEAN', 'RATIO')),
    numerator_code   varchar(32)  references indicator (code),
    denominator_code varchar(32)  references indicator (code),
    ratio_scale      numeric(12, 2) not null default 1 check (ratio_scale > 0),
    demonstration    boolean      not null default false,
    version          bigint       not null default 0,
    check ((aggregation = 'RATIO') = (numerator_code is not null and denominator_code is not null))
);

create table indicator_value (
    id              bigserial     primary key,
    indicator_id    bigint        not null references indicator (id),
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    territory_path  varchar(400)  not null collate "C",  -- copied from the territory module for scope and subtree ranges
    territory_level varchar(16)   not null,
    year            int           not null check (year between 1990 and 2100),
    value           numeric(18, 4) not null,
    source          varchar(200)  not null,
    status          varchar(12)   not null default 'SUBMITTED' check (status in ('SUBMITTED', 'VALIDATED', 'REJECTED')),
    submitted_by    varchar(64)   not null,
    submitted_at    timestamptz   not null default now(),
    reviewed_by     varchar(64),
    reviewed_at     timestamptz,
    review_note     varchar(1000),
    demonstration   boolean       not null default false,
    version         bigint        not null default 0,
    unique (indicator_id, territory_code, year)
);
-- Disparity and map reads: one indicator, one year, a subtree of units (index range on the path).
create index indicator_value_subtree_idx on indicator_value (indicator_id, year, territory_path);
create index indicator_value_unit_idx on indicator_value (territory_code, indicator_id, year);

create table indicator_target (
    indicator_id    bigint        not null references indicator (id),
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    territory_path  varchar(400)  not null collate "C",
    year            int           not null check (year between 1990 and 2100),
    value           numeric(18, 4) not null,
    set_by          varchar(64)   not null,
    set_at          timestamptz   not null default now(),
    primary key (indicator_id, territory_code, year)
);

-- A reference to compare with: the national value (territory MA) or a region's.
create table indicator_reference (
    indicator_id    bigint        not null references indicator (id),
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    year            int           not null check (year between 1990 and 2100),
    value           numeric(18, 4) not null,
    source          varchar(200)  not null,
    primary key (indicator_id, territory_code, year)
);

-- A composite social-deficit index as a person computed it: weights kept with the ranking they gave.
create table indicator_analysis (
    id              bigserial     primary key,
    name            varchar(200)  not null,
    territory_code  varchar(32)   not null references territorial_unit (code) on update cascade,
    territory_path  varchar(400)  not null collate "C",
    year            int           not null,
    weights         jsonb         not null,
    ranking         jsonb         not null,
    created_by      varchar(64)   not null,
    created_at      timestamptz   not null default now()
);
create index indicator_analysis_territory_idx on indicator_analysis (territory_path varchar_pattern_ops);

-- Imported commune boundaries (GeoJSON geometry), drawn as a choropleth where present.
create table indicator_boundary (
    territory_code  varchar(32)   primary key references territorial_unit (code) on update cascade,
    territory_path  varchar(400)  not null collate "C",
    geometry        text          not null,
    imported_by     varchar(64)   not null,
    imported_at     timestamptz   not null default now()
);
create index indicator_boundary_path_idx on indicator_boundary (territory_path varchar_pattern_ops);
