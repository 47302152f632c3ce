-- H2 answers LIKE prefixes from the plain index on the path (V1); this version keeps both
-- databases' schema histories alike.
select 1;
