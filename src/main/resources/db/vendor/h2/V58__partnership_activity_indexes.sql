-- The embedded database's counterpart of PostgreSQL's V58 (H2 has no INCLUDE columns).
create index ix_delegation_partnership_status_start on delegation (partnership_id, status, start_on);
