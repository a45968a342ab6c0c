-- Upvotes on questions and answers. Portable SQL: the same file runs on H2 and PostgreSQL.
-- The primary key is what keeps "one vote per member per post" true under concurrency: a second insert of the
-- same (post, member) fails with a duplicate key however many requests race, and the writer then skips the count.
-- post_id has no foreign key because it names a row of question or answer depending on post_kind.
create table vote (
    post_kind  varchar(16) not null,
    post_id    bigint      not null,
    member_id  bigint      not null references member (id),
    created_at timestamp   not null,
    primary key (post_kind, post_id, member_id),
    constraint vote_post_kind_check check (post_kind in ('question', 'answer'))
);
-- A member's votes on one question page are found by member first.
create index vote_by_member on vote (member_id, post_kind, post_id);

-- The counts pages show, changed in the same transaction as the vote row, and only when a row really was
-- inserted or deleted, so they always equal count(*) of vote.
alter table question add column vote_count integer not null default 0;
alter table answer add column vote_count integer not null default 0;
