-- Structure the catalogue can check and draw: a seniority level per role, line managers told apart from occasional
-- and dotted-line ones, and texts that hold only at some company sizes. Portable SQL (H2 and PostgreSQL).

-- 1 (entry) to 8 (chief); 0 when not set.
alter table catalog_role add column role_level int default 0 not null;

-- catalog_role_link.kind now also takes 'sometimes' (occasional line manager) and 'dotted' (dotted-line or
-- technical leadership), besides 'reports_to' (usual line manager) and 'next'.

-- size_band: a key of org.roleatlas.catalog.SizeBand ('1-50' ... '10001+').
create table catalog_role_variant (
    role_slug     varchar(80)   not null references catalog_role (slug) on delete cascade,
    dimension_key varchar(64)   not null references catalog_dimension (dimension_key),
    size_band     varchar(16)   not null,
    text          varchar(4000) not null,
    primary key (role_slug, dimension_key, size_band)
);
