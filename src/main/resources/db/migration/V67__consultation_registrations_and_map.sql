-- Citizen self-registrations, by the address they came from, for the abuse limits (per address and
-- overall, per hour). Only what the limits need: the account name is in user_account already.
create table citizen_registration (
    id             bigserial    primary key,
    ip             varchar(64)  not null,
    registered_at  timestamptz  not null default now()
);
create index citizen_registration_ip_idx on citizen_registration (ip, registered_at);
create index citizen_registration_at_idx on citizen_registration (registered_at);

-- The map of located proposals reads them from an index alone (index-only scans, title included for
-- the popup of a lone proposal): by the latitude band of the visible box (the whole country, a
-- region's box), or by a territory's subtree. About a third of proposals are located.
create index proposal_located_idx on proposal (latitude) include (longitude, territory_path, status, id, title)
    where latitude is not null and not hidden;
create index proposal_located_territory_idx on proposal (territory_path) include (latitude, longitude, status, id, title)
    where latitude is not null and not hidden;
