-- The delegation statistics kept by the writes: per grouping (grouped_by: PARTNER, COUNTRY, DIRECTION, YEAR) and
-- group, how many delegations, the persons they stated and how many stated their size. Each
-- delegation is counted twice per grouping: once in the totals of every province
-- (scope_province -1) and once in those of the province that keeps it (0: none), each with its
-- visibility, so that a reader's access (shared visibilities, or its own province) is applied in SQL
-- without reading a row per delegation. Kept in the transaction of every delegation write
-- (DelegationTally); rebuilt from the delegation table after bulk loads and when found stale at start.
create table delegation_tally (
    grouped_by     varchar(10) not null,
    scope_province bigint not null,
    visibility     varchar(10) not null,
    group_key      varchar(41) not null,
    delegations    bigint not null,
    persons        bigint not null,
    persons_known  bigint not null,
    primary key (grouped_by, scope_province, visibility, group_key)
);
