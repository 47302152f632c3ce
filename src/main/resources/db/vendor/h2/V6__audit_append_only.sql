-- The audit trail is append-only in the database itself: UPDATE and DELETE are refused by a trigger.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'vn.hoptac.audit.internal.AppendOnlyTrigger';

-- H2 runs no trigger on TRUNCATE, but refuses to truncate a table that another table references:
-- this empty table is that reference.
create table audit_event_truncate_guard (
    audit_event_id bigint references audit_event (id)
);
