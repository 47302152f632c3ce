-- Free text in lists is "every word is contained in the folded search text" (LIKE '%word%'):
-- trigram indexes let PostgreSQL answer it without reading every row. pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the owner of the database may create it.
create extension if not exists pg_trgm;

create index ix_locality_search_trgm on locality using gin (search_text gin_trgm_ops);
create index ix_organisation_search_trgm on organisation using gin (search_text gin_trgm_ops);
create index ix_partnership_search_trgm on partnership using gin (search_text gin_trgm_ops);
create index ix_agreement_search_trgm on agreement using gin (search_text gin_trgm_ops);
