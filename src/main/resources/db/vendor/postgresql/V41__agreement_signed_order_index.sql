-- A free-text search of agreements is newest signed first (signed_on desc, unknown dates last,
-- then id): with more matches than its total counts, its page walks this index and stops once full.
create index ix_agreement_signed_desc on agreement (signed_on desc nulls last, id);
