-- Members hear what editors did with their suggested catalogue edits: a notification kind of its own.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('answer', 'comment', 'mention', 'following', 'moderation', 'flag', 'suggestion'));
