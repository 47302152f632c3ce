-- The embedded database lists projects through the indexes of V35 (trigram indexes are PostgreSQL's).
create index ix_project_modality_start on project (modality, actual_start_on);
create index ix_project_start on project (start_on);
create index ix_project_sector_code on project_sector (code, project_id);
create index ix_participant_organisation_project on project_participant (organisation_id, project_id);
