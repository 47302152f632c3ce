-- Delegation and project lists filtered, counted and summed at national scale (200,000 delegations,
-- 50,000 projects). The keys follow the filters; INCLUDE carries what the reader's access tests
-- (visibility, keeping province) and what is counted or summed, so the capped count and the
-- statistics are index-only scans that never read the table.

-- A page filtered by country and direction walks this in its order (sort_key, id) and stops after 20.
create index ix_delegation_country_direction_sort on delegation (foreign_country, direction, sort_key, id);
-- The capped count of the same filter with its years.
create index ix_delegation_country_direction_start on delegation (foreign_country, direction, start_on)
    include (visibility, owner_province_id, id);
-- Statistics by year read the start and its precision (a bound "before 2020" counts under no year).
create index ix_delegation_year_stats on delegation (start_on, start_precision)
    include (size, visibility, owner_province_id);

-- Projects by modality and start (V36 indexed the actual start; the list filters on start_on).
create index ix_project_modality_start_on on project (modality, start_on)
    include (visibility, owner_province_id, id);
-- Projects of a sector category, found from the category (the primary key leads with the project).
create index ix_project_sector_category_category on project_sector_category (category, project_id);
