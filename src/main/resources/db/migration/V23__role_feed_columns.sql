-- Role-filtered feeds (/questions?role=, /roles/{slug}/discussions) read question_role alone. Portable SQL: the
-- same file runs on H2 and PostgreSQL.
--
-- Before, a role's feed joined question and sorted every question of the role for each page (page 50 of a role
-- with 20,000 questions: about 60 ms). Now each role tag carries a copy of what the feeds sort and filter by, and
-- one index per feed order starts with (role_slug, listed), so page N of a role is a walk along N * 20 index entries,
-- as the unfiltered feeds are on question (V7, V8).
--
-- The copies are written by questions.internal.RoleFeedCopies in the transaction of every write that changes
-- their source on question (new questions and tags, answers, deletions, votes, views, moderation), always copied
-- from the question row, never computed on their own, so they cannot drift from it.
--   listed       the question is in the public feeds: not deleted and moderation = 'visible' (posts.Viewer.PUBLIC)
--   view_count, vote_count, answer_count  as on question
alter table question_role add column listed boolean not null default true;
alter table question_role add column view_count bigint not null default 0;
alter table question_role add column vote_count integer not null default 0;
alter table question_role add column answer_count integer not null default 0;

-- Existing tags take their question's values (an upgrade of a database that has questions).
update question_role set
    listed = (select case when q.deleted_at is null and q.moderation = 'visible' then true else false end
              from question q where q.id = question_role.question_id),
    view_count = (select q.view_count from question q where q.id = question_role.question_id),
    vote_count = (select q.vote_count from question q where q.id = question_role.question_id),
    answer_count = (select q.answer_count from question q where q.id = question_role.question_id);

-- One index per feed order (questions.internal.QuestionSort), in exactly the order the feed reads.
create index question_role_newest on question_role (role_slug, listed, question_id desc);
create index question_role_most_viewed on question_role (role_slug, listed, view_count desc, question_id desc);
create index question_role_most_voted on question_role (role_slug, listed, vote_count desc, question_id desc);
create index question_role_unanswered on question_role (role_slug, listed, answer_count, question_id desc);
-- question_role_newest reads a role's questions by id as this one did, and only listed ones.
drop index question_role_by_role;
