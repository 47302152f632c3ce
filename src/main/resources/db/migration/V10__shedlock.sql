-- Scheduled jobs run once across instances: ShedLock's lock table (one row per job name).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
