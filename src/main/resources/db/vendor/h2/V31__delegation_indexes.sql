-- H2 has no trigram or covering indexes (see V8); this version keeps both schema histories alike.
select 1;
