-- A partnership's health groups its held delegations by partnership (latest start, how many) for a
-- whole province at once (200,000 delegations, about 60 per partnership): INCLUDE carries what the
-- reader's access tests and what is counted, so the grouping is an index-only scan; the rows on the
-- latest dates are then found by the same key.
create index ix_delegation_partnership_status_start on delegation (partnership_id, status, start_on)
    include (id, visibility, owner_province_id);

-- A province's partnerships are those with a party in it: by locality (V1 indexes both sides) or by
-- an organisation seated there, which had no index (a sequential scan of every partnership per side).
create index ix_partnership_vn_organisation on partnership (vn_organisation_id);
create index ix_partnership_foreign_organisation on partnership (foreign_organisation_id);

-- Secrets the instances share and nobody configures, made once by the first that needs one (the
-- salt of the feedback rate limit's client hashes).
create table app_secret (
    name varchar(100) primary key,
    secret varchar(200) not null
);
