-- Records that the demonstration data was loaded, so a restart never loads it twice.
create table demo_data_load (
    dataset    varchar(64) primary key,
    loaded_at  timestamptz not null default now()
);
