-- Free text in lists is "every word is contained in the folded search text" (LIKE '%word%'):
-- trigram indexes let PostgreSQL answer it without reading every row. pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the owner of the database may create it.
create extension if not exists pg_trgm;

create index ix_locality_search_trgm on locality using gin (search_text gin_trgm_ops);
create index ix_organisation_search_trgm on organisation using gin (search_text gin_trgm_ops);
create index ix_partnership_search_trgm on partnership using gin (search_text gin_trgm_ops);
create index ix_agreement_search_trgm on agreement using gin (search_text gin_trgm_ops);

-- An agreement is also found through its parties' current names: the parties whose name matches a
-- word are found by the trigram indexes above, their agreements by these (index-only scans),
-- instead of reading every agreement_party row once per word.
create index ix_party_organisation_agreement on agreement_party (organisation_id, agreement_id);
create index ix_party_locality_agreement on agreement_party (locality_id, agreement_id);
