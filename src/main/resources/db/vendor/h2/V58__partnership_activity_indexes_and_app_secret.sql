-- The embedded database's counterpart of PostgreSQL's V58 (H2 has no INCLUDE columns).
create index ix_delegation_partnership_status_start on delegation (partnership_id, status, start_on);
create index ix_partnership_vn_organisation on partnership (vn_organisation_id);
create index ix_partnership_foreign_organisation on partnership (foreign_organisation_id);

-- Secrets the instances share and nobody configures, made once by the first that needs one (the
-- salt of the feedback rate limit's client hashes).
create table app_secret (
    name varchar(100) primary key,
    secret varchar(200) not null
);
