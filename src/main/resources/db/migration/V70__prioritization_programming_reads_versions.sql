-- The version of each candidate project a programming run read (docs/PRIORITIZATION.md): choosing the
-- run's scenario rewrites those projects' planned dates and funding plans only if none changed since.
alter table programming_job add column project_versions jsonb;
