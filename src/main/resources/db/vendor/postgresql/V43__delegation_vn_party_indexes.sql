-- Delegations of a province (the list's and the statistics' locality filter, rolled up over the
-- province's predecessors) are found from their Vietnamese party, a locality or an organisation
-- seated there; without these both were read from the whole table.
create index ix_delegation_vn_locality on delegation (vn_locality_id);
create index ix_delegation_vn_organisation on delegation (vn_organisation_id);
