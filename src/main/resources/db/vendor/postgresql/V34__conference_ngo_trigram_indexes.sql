-- Free text on conferences and NGO files: "contains" on the folded own and related text.
create index ix_conference_search_trgm on conference using gin (search_text gin_trgm_ops);
create index ix_conference_related_trgm on conference using gin (related_text gin_trgm_ops);
create index ix_ngo_search_trgm on ngo using gin (search_text gin_trgm_ops);
create index ix_ngo_related_trgm on ngo using gin (related_text gin_trgm_ops);
