-- A partnership's establishment is as precise as the entry it is taken from: the earliest type,
-- status or milestone that is not only a bound. Existing rows take the precision their histories
-- give that date (the demo seed states "2005" as a year); where several entries share the earliest
-- date, the most precise one says most. A date without a history entry to tell is read as a day.
alter table partnership add column established_precision varchar(12);

update partnership set established_precision = (
    select case min(case d.date_precision when 'YEAR' then 3 when 'MONTH' then 2 else 1 end)
               when 3 then 'YEAR' when 2 then 'MONTH' else 'DAY' end
    from (select partnership_id, valid_from as dated_on, date_precision from partnership_type_change
          union all select partnership_id, valid_from, date_precision from partnership_status_change
          union all select partnership_id, milestone_date, date_precision from partnership_milestone) d
    where d.partnership_id = partnership.id and d.dated_on = partnership.established_on
      and d.date_precision not like 'BEFORE%')
where established_on is not null;

update partnership set established_precision = 'DAY' where established_on is not null and established_precision is null;
