-- H2 has no trigram indexes (see V8); this version keeps both databases' schema histories alike.
select 1;
