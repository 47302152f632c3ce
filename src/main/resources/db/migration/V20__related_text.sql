-- The folded current names of the records an agreement or partnership refers to (its parties),
-- recomputed in every transaction that changes the record or one of those records, so that free
-- text tests one row instead of joining the parties once per word. Filled by 20.1 and 20.2.
alter table agreement add column related_text varchar(4000) default '' not null;
alter table partnership add column related_text varchar(4000) default '' not null;
