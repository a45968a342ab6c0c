-- Other row labels that mean a dimension in imported comparison tables ("Decision Making Authority").
-- Portable SQL: the same file runs on H2 and PostgreSQL.
create table catalog_dimension_alias (
    dimension_key varchar(64)  not null references catalog_dimension (dimension_key) on delete cascade,
    position      int          not null,
    alias         varchar(200) not null,
    primary key (dimension_key, position)
);

-- The aliases the shipped frameworks list, for databases whose shipped frameworks were written before this
-- release (an upgrade adds new frameworks but leaves existing ones as they are). A new database has no
-- dimensions yet here and gets the aliases from the shipped files on first start.
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Reporting Relations' from catalog_dimension where dimension_key = 'reporting-relationship';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 1, 'Reports To' from catalog_dimension where dimension_key = 'reporting-relationship';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Decision Authority' from catalog_dimension where dimension_key = 'decision-making-authority';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 1, 'Decision Rights' from catalog_dimension where dimension_key = 'decision-making-authority';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Scope' from catalog_dimension where dimension_key = 'scope-of-responsibilities';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 1, 'Responsibilities' from catalog_dimension where dimension_key = 'scope-of-responsibilities';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Strategy' from catalog_dimension where dimension_key = 'strategic-planning';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'People Management' from catalog_dimension where dimension_key = 'team-management';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 1, 'Team Leadership' from catalog_dimension where dimension_key = 'team-management';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Meetings' from catalog_dimension where dimension_key = 'meeting-involvement';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Career Path' from catalog_dimension where dimension_key = 'professional-development';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 1, 'Career Progression' from catalog_dimension where dimension_key = 'professional-development';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Main Role' from catalog_dimension where dimension_key = 'primary-role';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Focus' from catalog_dimension where dimension_key = 'primary-focus';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Key Duties' from catalog_dimension where dimension_key = 'key-responsibilities';
insert into catalog_dimension_alias (dimension_key, position, alias)
select dimension_key, 0, 'Innovation versus Efficiency' from catalog_dimension where dimension_key = 'innovation-vs-efficiency';
