-- A partnership's health groups its held delegations by partnership (latest start, how many) for a
-- whole province at once (200,000 delegations, about 60 per partnership): INCLUDE carries what the
-- reader's access tests and what is counted, so the grouping is an index-only scan; the rows on the
-- latest dates are then found by the same key.
create index ix_delegation_partnership_status_start on delegation (partnership_id, status, start_on)
    include (id, visibility, owner_province_id);
