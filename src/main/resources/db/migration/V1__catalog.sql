-- The role catalogue. Portable SQL: the same file runs on H2 and PostgreSQL.

create table catalog_family (
    family_key  varchar(64)  primary key,
    label       varchar(200) not null,
    position    int          not null
);

create table catalog_dimension (
    dimension_key varchar(64)   primary key,
    label         varchar(200)  not null,
    description   varchar(2000) not null
);

create table catalog_framework (
    framework_key varchar(64)   primary key,
    name          varchar(200)  not null,
    description   varchar(2000) not null,
    position      int           not null
);

create table catalog_framework_dimension (
    framework_key varchar(64) not null references catalog_framework (framework_key) on delete cascade,
    dimension_key varchar(64) not null references catalog_dimension (dimension_key),
    position      int         not null,
    primary key (framework_key, dimension_key)
);

-- origin: 'shipped' (came with the application) or 'user' (created by an import).
-- shipped_hash: hash of the shipped file last applied, so upgrades can tell shipped content from edits.
-- edited: set when a user changed the role; upgrades never overwrite an edited role.
create table catalog_role (
    slug          varchar(80)   primary key,
    title         varchar(200)  not null,
    abbreviation  varchar(40),
    family_key    varchar(64)   not null references catalog_family (family_key),
    summary       varchar(1000) not null,
    origin        varchar(16)   not null,
    shipped_hash  varchar(64),
    edited        boolean       not null default false,
    updated_at    timestamp     not null
);

create table catalog_role_alias (
    role_slug varchar(80)  not null references catalog_role (slug) on delete cascade,
    position  int          not null,
    alias     varchar(200) not null,
    primary key (role_slug, position)
);

create table catalog_role_value (
    role_slug     varchar(80)   not null references catalog_role (slug) on delete cascade,
    dimension_key varchar(64)   not null references catalog_dimension (dimension_key),
    text          varchar(4000) not null,
    primary key (role_slug, dimension_key)
);

-- kind: 'reports_to' or 'next'.
create table catalog_role_link (
    role_slug   varchar(80) not null references catalog_role (slug) on delete cascade,
    kind        varchar(16) not null,
    position    int         not null,
    target_slug varchar(80) not null references catalog_role (slug),
    primary key (role_slug, kind, position)
);

-- One row. version increases on every catalogue write so that every node can tell its
-- in-memory snapshot is stale; bundle_hash is the hash of the shipped catalogue last synchronised.
create table catalog_state (
    id          int         primary key,
    version     bigint      not null,
    bundle_hash varchar(64)
);
insert into catalog_state (id, version, bundle_hash) values (1, 0, null);
