-- A member's posts, newest first: member pages (/members/{username}) and "My posts" (/me/posts) read a page of an
-- author's questions and answers along these indexes instead of scanning every post. Portable SQL (H2 and PostgreSQL).
create index question_by_author on question (author_id, created_at desc, id desc);
create index answer_by_author on answer (author_id, created_at desc, id desc);
