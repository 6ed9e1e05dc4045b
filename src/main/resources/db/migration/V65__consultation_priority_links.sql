-- An accepted proposal or a recommendation is carried by a priority of a program — one of its axes
-- or sub-programs (program → axis → sub-program → project) — and/or by a project. Program and node
-- are referenced by id only, like programs elsewhere in this module: they are read through the
-- program module's API (Programs.byIds, Programs.nodesOf), never joined. The program id is kept
-- beside the node's so a list of recommendations names its priorities in two queries, not two a row.
alter table proposal add column priority_program_id bigint, add column priority_node_id bigint;
alter table proposal_answer add column priority_program_id bigint, add column priority_node_id bigint;
alter table meeting_recommendation add column priority_program_id bigint, add column priority_node_id bigint;
alter table proposal add check ((priority_program_id is null) = (priority_node_id is null));
alter table meeting_recommendation add check ((priority_program_id is null) = (priority_node_id is null));
create index proposal_priority_idx on proposal (priority_node_id) where priority_node_id is not null;
create index meeting_recommendation_priority_idx on meeting_recommendation (priority_node_id) where priority_node_id is not null;
