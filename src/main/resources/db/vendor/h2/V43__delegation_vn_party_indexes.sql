-- Delegations of a province are found from their Vietnamese party (see the PostgreSQL version of V43).
create index ix_delegation_vn_locality on delegation (vn_locality_id);
create index ix_delegation_vn_organisation on delegation (vn_organisation_id);
