-- A locality's history and everything under it are found by path prefix (LIKE '/VN/VN-19/%'):
-- in a database whose collation is not C, only a pattern_ops index answers that as a range.
create index ix_locality_path_prefix on locality (path varchar_pattern_ops);
