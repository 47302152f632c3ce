-- Free text in the forum list (see V8 and V21).
create index ix_forum_search_trgm on forum using gin (search_text gin_trgm_ops);
create index ix_forum_related_trgm on forum using gin (related_text gin_trgm_ops);
