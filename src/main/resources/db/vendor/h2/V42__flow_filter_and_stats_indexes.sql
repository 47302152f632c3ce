-- The embedded database's counterparts of PostgreSQL's V42 (H2 has no INCLUDE columns).
create index ix_delegation_country_direction_sort on delegation (foreign_country, direction, sort_key, id);
create index ix_delegation_country_direction_start on delegation (foreign_country, direction, start_on);
create index ix_delegation_year_stats on delegation (start_on, start_precision);
create index ix_project_modality_start_on on project (modality, start_on);
create index ix_project_sector_category_category on project_sector_category (category, project_id);
