-- A user's security stamp: raised whenever the password changes (an administrator's reset or the
-- user's own change). A browser session signed in under another value ends at its next request.
alter table app_user add column security_version bigint not null default 0;

-- Failed sign-ins are no longer counted on the user row (concurrent failures collided on its
-- version, and a lock per account let anyone lock anyone out): see sign_in_throttle.
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;

-- Sign-in attempts per account name (known or not) and source address. Every attempt is counted
-- before its password is checked, by one atomic UPDATE, and a success resets the count; after five
-- attempts in a row, the source waits a delay that doubles with each further attempt (capped).
-- Times are epoch milliseconds, so that the delay arithmetic is the same SQL on H2 and PostgreSQL.
create table sign_in_throttle (
    account_key      varchar(100) not null,
    source           varchar(64)  not null,
    attempts         int          not null,
    last_attempt_at  bigint       not null,
    refused_until    bigint       not null,
    primary key (account_key, source)
);
create index ix_sign_in_throttle_last_attempt on sign_in_throttle (last_attempt_at);
