-- The audit trail is append-only in the database itself: UPDATE and DELETE are refused.
-- (H2 runs no trigger on TRUNCATE; PostgreSQL's migration refuses it too.)
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'vn.hoptac.audit.internal.AppendOnlyTrigger';
