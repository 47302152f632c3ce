-- The capped count of an unfiltered agreements list counts the agreements its reader may read from
-- the index on the reader's access instead of the table (see the PostgreSQL migration of this version).
create index ix_agreement_readable on agreement (visibility, owner_province_id);
