-- Several instances on one database: each @Scheduled job takes its ShedLock lock here first, so that one
-- instance runs it per period (config.SchedulerLockConfiguration). The layout is ShedLock's own; its times are
-- the database's (usingDbTime), so instances whose clocks differ still agree.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
