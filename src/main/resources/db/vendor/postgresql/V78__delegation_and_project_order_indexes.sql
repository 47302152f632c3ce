-- Delegation and project lists are ordered by (sort_key, id): the plain list's page and free
-- text's walk of the first rows of that order (RecordList) read it from an index. V30's and V35's
-- indexes held the sort key alone, so PostgreSQL sorted each run of equal keys by id after reading
-- it (an incremental sort); projects share their keys in runs of about forty at national scale, so
-- a page read and sorted two such runs. With the id in the key the index gives the list's order itself.
drop index if exists ix_delegation_sort;
create index ix_delegation_sort on delegation (sort_key, id);
drop index if exists ix_project_sort;
create index ix_project_sort on project (sort_key, id);

analyze delegation;
analyze project;
