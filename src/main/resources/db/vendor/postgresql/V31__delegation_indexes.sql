-- Free text on delegations reads search_text and related_text with LIKE '%word%' (see V8, V21).
create index ix_delegation_search_trgm on delegation using gin (search_text gin_trgm_ops);
create index ix_delegation_related_trgm on delegation using gin (related_text gin_trgm_ops);
-- Statistics per partner group by the foreign party and sum the size under the reader's access.
create index ix_delegation_partner_stats on delegation (foreign_locality_id, foreign_organisation_id)
    include (size, visibility, owner_province_id);
