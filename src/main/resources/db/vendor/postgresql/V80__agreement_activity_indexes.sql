-- A partnership's health groups its agreements' actions by partnership (latest action on or before
-- today, how many agreements) for the nation at once: 8,600 agreements with a partnership and their
-- 54,000 actions at national scale, which a hash join of both tables read whole (the agreement rows
-- are wide). With these the grouping is two index-only scans: an agreement's id and what the reader's
-- access tests by partnership, then its actions' dates by agreement (which also serves every lookup
-- of an agreement's actions, hence the old single-column index goes).
create index ix_agreement_partnership_id on agreement (partnership_id, id) include (visibility, owner_province_id);
drop index ix_agreement_partnership;
create index ix_action_agreement_date on agreement_action (agreement_id, action_date);
drop index ix_action_agreement;
