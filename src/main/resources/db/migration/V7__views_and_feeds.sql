-- View counts and the indexes behind the question feeds. Portable SQL: the same file runs on H2 and PostgreSQL.
--
-- view_count is how many distinct visitors opened the question page (a visitor counts once per window, see
-- community.internal.ViewCounter). Nodes count in memory and add their counts in batches with
-- "view_count = view_count + ?", so several nodes can share the database. Unlike vote_count, answer_count and
-- comment_count (which always equal the rows they count), view_count has no rows behind it: data loaders may set
-- it to any number >= 0.
alter table question add column view_count bigint not null default 0;

-- One index per feed order, each leading with deleted_at (every feed reads only "deleted_at is null") and ending
-- with the id that breaks ties, in the order the feed reads, so a page is a walk along the index (H2 does not
-- walk an index backwards). "newest" uses question_newest (deleted_at, id) from V3.
create index question_most_viewed on question (deleted_at, view_count desc, id desc);
create index question_most_voted on question (deleted_at, vote_count desc, id desc);
create index question_unanswered on question (deleted_at, answer_count, id desc);
