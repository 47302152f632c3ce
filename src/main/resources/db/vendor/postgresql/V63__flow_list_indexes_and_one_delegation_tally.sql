-- Filtered delegation and project lists read the ids of at most 1,001 matches in the list's order
-- (RecordList#idsThenPage). The V42/V44 indexes found the matches, but the rows had to be read from
-- the table for what the index lacked (the order, the years, the reader's access) and then sorted:
-- 5,000-7,000 scattered table rows for a country and direction over six years. These carry all of
-- it, so the ids come from the index alone (an index-only scan once vacuumed), in order where the
-- order leads.

-- Country and direction, walked in the list's order; the years and access are tested in the index,
-- and the walk stops at the 1,001st match. Replaces V42's key-only index of the same order.
drop index if exists ix_delegation_country_direction_sort;
create index ix_delegation_country_direction_sort on delegation (foreign_country, direction, sort_key, id)
    include (start_on, visibility, owner_province_id);

-- A modality's projects over some years: the years are a range of the index; the order, access and
-- id come with it (the sector category's test is an index-only lookup of V42's category index).
-- Replaces V42's index on the same keys.
drop index if exists ix_project_modality_start_on;
create index ix_project_modality_start_on on project (modality, start_on)
    include (sort_key, visibility, owner_province_id, id);

-- A modality's projects without years, walked in the list's order. Replaces V44's key-only index.
drop index if exists ix_project_modality_sort;
create index ix_project_modality_sort on project (modality, sort_key, id)
    include (start_on, visibility, owner_province_id);

analyze delegation;
analyze project;

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
alter table delegation_tally rename constraint delegation_tally_kept_pkey to delegation_tally_pkey;
