-- Free text in the exchange, membership, event and award lists (see V8 and V21).
create index ix_exchange_search_trgm on exchange using gin (search_text gin_trgm_ops);
create index ix_exchange_related_trgm on exchange using gin (related_text gin_trgm_ops);
create index ix_membership_search_trgm on membership using gin (search_text gin_trgm_ops);
create index ix_membership_related_trgm on membership using gin (related_text gin_trgm_ops);
create index ix_event_search_trgm on event using gin (search_text gin_trgm_ops);
create index ix_event_related_trgm on event using gin (related_text gin_trgm_ops);
create index ix_award_search_trgm on award using gin (search_text gin_trgm_ops);
-- exchange statistics sum the counts of the exchanges a reader may see
create index ix_exchange_count_stats on exchange_count (exchange_id, unit, measure) include (direction, count_year, sex, count);
