-- The delegation statistics of a province's roll-up kept by the writes, beside delegation_tally
-- (V57): per grouping and group, the counts of the delegations whose Vietnamese party is a
-- locality under one top-level locality (vn_top: a province, today's or a merged one), per keeping
-- province (scope_province, 0: none) and visibility, so that the statistics of a province with
-- the provinces merged into it are summed over a few top-level units with the reader's access
-- applied in SQL. Delegations whose Vietnamese party names an organisation are not kept here (an
-- organisation's seat can change): the roll-up counts those from the delegation table.
create table delegation_province_tally (
    grouped_by     varchar(10) not null,
    vn_top         bigint not null,
    scope_province bigint not null,
    visibility     varchar(10) not null,
    group_key      varchar(41) not null,
    delegations    bigint not null,
    persons        bigint not null,
    persons_known  bigint not null,
    primary key (grouped_by, vn_top, scope_province, visibility, group_key)
);
