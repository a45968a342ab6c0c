-- An article's slug may be up to 120 characters (a title cut to 100, then numbered when taken); the change log's key
-- must hold it, or writing the second article with a long title fails.
alter table search_change alter column content_key set data type varchar(120);
