-- H2 has no trigram indexes: lists run the same queries and scan the folded search text.
-- This version exists so that both databases carry the same schema history.
select 1;
