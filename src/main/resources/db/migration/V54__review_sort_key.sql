-- Reviews get the collation key every listed record has (filled by ReviewSortKeys, 54.1).
alter table partnership_review add column sort_key varchar(1200);
