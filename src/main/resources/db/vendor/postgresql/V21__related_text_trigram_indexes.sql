-- Free text tests "own text or related text contains the word": with both columns indexed,
-- PostgreSQL answers it as a BitmapOr of two trigram index scans.
create index ix_agreement_related_trgm on agreement using gin (related_text gin_trgm_ops);
create index ix_partnership_related_trgm on partnership using gin (related_text gin_trgm_ops);
