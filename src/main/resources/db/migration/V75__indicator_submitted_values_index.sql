-- The governor's office's list of values awaiting validation: the submitted values of its scope, a
-- small part of the table (an index range on the path, status fixed), newest first.
create index indicator_value_submitted_idx on indicator_value (territory_path, submitted_at desc) where status = 'SUBMITTED';
