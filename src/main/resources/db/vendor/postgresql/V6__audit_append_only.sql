-- The audit trail is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: rows cannot be changed or removed', tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();
