-- The embedded database's part of PostgreSQL's V63 (whose covering indexes need INCLUDE columns,
-- which H2 lacks: its V42/V44 indexes keep the same keys).

-- One table for the delegation statistics kept by the writes: V60's roll-up rows join V57's
-- national ones, told apart by vn_top (0: the rows that count every delegation, whatever its
-- Vietnamese party; otherwise the top-level locality of a party that is a locality alone), so that
-- one write path and one recount keep them (DelegationTally).
create table delegation_tally_kept (
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
insert into delegation_tally_kept (grouped_by, vn_top, scope_province, visibility, group_key, delegations, persons,
        persons_known)
    select grouped_by, 0, scope_province, visibility, group_key, delegations, persons, persons_known
    from delegation_tally;
insert into delegation_tally_kept (grouped_by, vn_top, scope_province, visibility, group_key, delegations, persons,
        persons_known)
    select grouped_by, vn_top, scope_province, visibility, group_key, delegations, persons, persons_known
    from delegation_province_tally;
drop table delegation_province_tally;
drop table delegation_tally;
alter table delegation_tally_kept rename to delegation_tally;
