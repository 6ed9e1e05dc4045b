-- The mandate a project is programmed for, kept on the project itself (its program's mandate, which
-- never changes). Lists and the evaluation filter by mandate: as a list of the mandate's programs
-- (some 1,600 for a national reader) PostgreSQL could only walk the code index and filter; as a
-- column it reads one index range, already in place-then-code order. The project module writes it
-- from the program module's API at registration; this backfill is the one place that reads the
-- program table for it.
alter table project add column mandate_code varchar(16);

update project p set mandate_code = g.mandate_code from program g where g.id = p.program_id;

alter table project alter column mandate_code set not null;

create index project_mandate_place_idx on project (mandate_code, territory_path, code);
