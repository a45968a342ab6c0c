-- Poll privacy against an adversary (docs/decisions/0019-poll-privacy.md).

-- When the member last changed a trait that polls group voters by (industry, company size, linked role); null when
-- none changed since the member joined. A ballot is grouped only if the member's traits were settled when the poll
-- opened.
alter table member add column traits_changed_at timestamp;

-- The order ballots were cast in, from 1 per poll: a small poll's results count whole steps of ballots.
alter table poll_ballot add column seq integer;
update poll_ballot set seq = (select count(*) from poll_ballot b where b.poll_id = poll_ballot.poll_id
    and (b.created_at < poll_ballot.created_at
         or (b.created_at = poll_ballot.created_at and b.member_id <= poll_ballot.member_id)));
create index poll_ballot_seq on poll_ballot (poll_id, seq);
