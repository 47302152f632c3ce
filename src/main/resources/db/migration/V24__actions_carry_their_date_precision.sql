-- An action's date is as precise as its source (a year, a month or a day), and the agreement's
-- signing and entry-into-force dates follow from its actions, so the latter keeps its precision too.
-- (agreement_action.date_precision itself comes with V23)
alter table agreement add column effective_precision varchar(12);

-- a "signed" action recorded with the agreement's signing date is as precise as that date
update agreement_action set date_precision = coalesce((
    select g.signed_precision from agreement g
    where g.id = agreement_action.agreement_id and g.signed_on = agreement_action.action_date), 'DAY')
where type = 'SIGNED';

-- dates stated without the action that makes them true become that action
insert into agreement_action (agreement_id, type, action_date, date_precision, note, source, recorded_at)
select g.id, 'SIGNED', g.signed_on, coalesce(g.signed_precision, 'DAY'), null, g.source, coalesce(g.updated_at, g.created_at)
from agreement g
where g.signed_on is not null
  and not exists (select 1 from agreement_action a where a.agreement_id = g.id and a.type = 'SIGNED');
insert into agreement_action (agreement_id, type, action_date, date_precision, note, source, recorded_at)
select g.id, 'IN_FORCE', g.effective_on, 'DAY', null, g.source, coalesce(g.updated_at, g.created_at)
from agreement g
where g.effective_on is not null
  and not exists (select 1 from agreement_action a where a.agreement_id = g.id and a.type = 'IN_FORCE');

-- and the dates are those of the first such actions
update agreement set
    signed_on = (select min(a.action_date) from agreement_action a where a.agreement_id = agreement.id and a.type = 'SIGNED'),
    effective_on = (select min(a.action_date) from agreement_action a where a.agreement_id = agreement.id and a.type = 'IN_FORCE');
update agreement set signed_precision = (
    select min(a.date_precision) from agreement_action a
    where a.agreement_id = agreement.id and a.type = 'SIGNED' and a.action_date = agreement.signed_on)
where signed_on is not null;
update agreement set signed_precision = null where signed_on is null;
update agreement set effective_precision = (
    select min(a.date_precision) from agreement_action a
    where a.agreement_id = agreement.id and a.type = 'IN_FORCE' and a.action_date = agreement.effective_on)
where effective_on is not null;

-- the stage is the latest action's, which an inserted one may have become
update agreement set current_stage = (
    select a.type from agreement_action a where a.agreement_id = agreement.id
    order by a.action_date desc, a.recorded_at desc fetch first 1 row only);
