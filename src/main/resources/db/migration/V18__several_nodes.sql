-- Several nodes on one database (docs/decisions/0021-several-nodes.md): what used to live in one node's memory.

-- Signed-in sessions (Spring Session JDBC's own layout), so any node serves any member without sticky sessions.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Work that must run on one node at a time (ShedLock's layout): sweeps and pruning.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Rate-limit buckets shared by every node on PostgreSQL (Bucket4j's layout; key = policy and member).
create table rate_limit_bucket (
    id         varchar(200) not null primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- Secrets every node must agree on, made once by the first node that needs them (e.g. the sign-in device cookie's key).
create table cluster_secret (
    name  varchar(40)  not null primary key,
    secret varchar(100) not null
);

-- Failed sign-ins, counted for every node: per account, client address or account-and-device (see SignInThrottle).
create table sign_in_failure (
    failure_key varchar(400) not null primary key,
    failures    int          not null,
    last_at     bigint       not null
);
create index sign_in_failure_last on sign_in_failure (last_at);
