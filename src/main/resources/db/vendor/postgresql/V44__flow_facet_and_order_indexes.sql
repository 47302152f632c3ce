-- The list pages count each facet's values with one GROUP BY under the reader's access
-- (RecordList#counts). Facets without an index of their own were read from the whole table; these
-- carry the access columns, so each count is an index-only scan. (Country, direction, decade and
-- modality are served by V42's indexes.)
create index ix_delegation_status_rank on delegation (status, head_rank)
    include (visibility, owner_province_id);
create index ix_project_status_country on project (activity_status, foreign_country)
    include (visibility, owner_province_id);
-- A page of projects filtered by modality walks this in its order (sort_key, id) and stops after
-- 20; the general order index made it test every other modality's rows on the way.
create index ix_project_modality_sort on project (modality, sort_key, id);
