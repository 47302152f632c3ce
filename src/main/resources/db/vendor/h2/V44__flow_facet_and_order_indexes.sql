-- The embedded database's counterparts of PostgreSQL's V44 (H2 has no INCLUDE columns).
create index ix_delegation_status_rank on delegation (status, head_rank);
create index ix_project_status_country on project (activity_status, foreign_country);
create index ix_project_modality_sort on project (modality, sort_key, id);
