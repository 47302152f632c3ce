-- The delegation tally (V57, V63) also groups by year and direction together (YEAR_DIRECTION: a
-- dashboard's inbound and outbound delegations per year read as tens of rows), a name longer than
-- the groupings' column allowed. Widening a varchar rewrites nothing. The new rows are counted at the
-- next start, which finds the tally short of that grouping (DelegationTally#rebuildIfStale).
alter table delegation_tally alter column grouped_by set data type varchar(20);
