-- The capped count of an unfiltered agreements list (RecordList#pageThenCount) counts the ids of at
-- most 1,001 agreements its reader may read. Without an index on the reader's access, PostgreSQL read
-- them from the table: an agreement row is wide (title, summary, search texts and collation key,
-- about three to a page), so a count of 1,001 public agreements read some 530 pages, most of a list
-- request's SQL. Here the ids come from the index alone (an index-only scan once vacuumed): eight
-- pages for an anonymous reader, a few dozen for a province's officer, whose own province is tested
-- in the index too.
create index ix_agreement_readable on agreement (visibility, owner_province_id) include (id);

analyze agreement;
