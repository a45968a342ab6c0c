-- View counts and the indexes behind the question feeds. Portable SQL: the same file runs on H2 and PostgreSQL.
--
-- view_count is how many distinct visitors opened the question page (a visitor counts once per window, see
-- community.internal.ViewCounter). Nodes count in memory and add their counts in batches with
-- "view_count = view_count + ?", so several nodes can share the database. Unlike vote_count, answer_count and
-- comment_count (which always equal the rows they count), view_count has no rows behind it: data loaders may set
-- it to any number >= 0.
alter table question add column view_count bigint not null default 0;

-- One index per feed order, in exactly the order the feed reads (QuestionSort), so that page N is a walk along
-- N * 20 index entries that stops there, not a sort of every question. The order columns come first: H2 picks an
-- index by the conditions it matches before the order it gives, and an index leading with deleted_at (which
-- "deleted_at is null" matches for nearly every row) made it read and sort all 100,000 questions for every page
-- (decisions/0011). deleted_at comes last so PostgreSQL can answer "deleted_at is null" from the index alone.
drop index question_newest;
create index question_newest_first on question (id desc, deleted_at);
create index question_most_viewed on question (view_count desc, id desc, deleted_at);
create index question_most_voted on question (vote_count desc, id desc, deleted_at);
-- "Unanswered" orders by (answer_count, id desc): answer_count is always 0 there, and naming it lets the walk
-- start at the first unanswered question and read on in order.
create index question_unanswered on question (answer_count, id desc, deleted_at);
