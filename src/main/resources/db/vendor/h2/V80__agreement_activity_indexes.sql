-- A partnership's health groups its agreements' actions by partnership (see the PostgreSQL migration):
-- the same keys, without INCLUDE, which H2 lacks; the single-column indexes stay, as H2 may have
-- chosen them for the foreign keys.
create index ix_agreement_partnership_id on agreement (partnership_id, id);
create index ix_action_agreement_date on agreement_action (agreement_id, action_date);
