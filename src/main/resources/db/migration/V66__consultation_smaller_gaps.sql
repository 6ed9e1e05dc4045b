-- Concurrent edits of a meeting's participant counts are detected (the form carries this version),
-- an attendee is removed only as it was seen (its own version), and a petition put on a council's
-- agenda names the session (meeting) whose agenda carries it.
alter table meeting add column participation_version bigint not null default 0;
alter table meeting_attendance add column version bigint not null default 0;
alter table petition add column meeting_id bigint references meeting (id);
create index petition_meeting_idx on petition (meeting_id) where meeting_id is not null;

-- Petition thresholds by kind of collectivity AND size: the organic laws scale the signatures of
-- citizens with the population (as we read them — docs/CONSULTATION.md says what to check: 113-14,
-- communes: 100 under 35,000 inhabitants, 200 above; 111-14, regions: 300 under 1 million, 400 up to
-- 3 million, 500 above; 112-14, prefectures and provinces: 300). A band applies from its number of
-- inhabitants upwards; the administrator adjusts the values, not the bands.
alter table petition_threshold add column from_inhabitants int not null default 0 check (from_inhabitants >= 0);
alter table petition_threshold drop constraint petition_threshold_pkey;
alter table petition_threshold add primary key (level, from_inhabitants);
update petition_threshold set signatures = 100 where level = 'COMMUNE' and from_inhabitants = 0 and signatures = 200;
insert into petition_threshold (level, from_inhabitants, signatures)
values ('COMMUNE', 35000, 200), ('REGION', 1000000, 400), ('REGION', 3000000, 500);
