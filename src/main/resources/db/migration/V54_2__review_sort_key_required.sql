alter table partnership_review alter column sort_key set not null;
create index ix_review_sort on partnership_review (sort_key, id);
