-- Projects are found by free text (their own text or their participants' current names), filtered
-- by modality and start, by sector, and through their participants and transactions.
create index ix_project_search_trgm on project using gin (search_text gin_trgm_ops);
create index ix_project_related_trgm on project using gin (related_text gin_trgm_ops);
create index ix_project_modality_start on project (modality, actual_start_on);
create index ix_project_start on project (start_on);
create index ix_project_sector_code on project_sector (code, project_id);
create index ix_project_transaction_project on project_transaction (project_id);
create index ix_project_transaction_on on project_transaction (transaction_on);
create index ix_participant_organisation_project on project_participant (organisation_id, project_id);
