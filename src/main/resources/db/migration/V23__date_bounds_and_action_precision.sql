-- A date may be known only as a bound ("on or before 12/2020": BEFORE_MONTH), which needs longer
-- precision names; an action's date is kept as precisely as its source states it (seed data gives
-- years and months), where before it was widened to an invented first day.
alter table partnership_type_change alter column date_precision set data type varchar(12);
alter table partnership_status_change alter column date_precision set data type varchar(12);
alter table partnership_milestone alter column date_precision set data type varchar(12);
alter table agreement alter column signed_precision set data type varchar(12);
alter table agreement_action add column date_precision varchar(12) default 'DAY' not null;
