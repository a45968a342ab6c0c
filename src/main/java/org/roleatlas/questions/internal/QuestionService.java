package org.roleatlas.questions.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.moderation.PostHolds;
import org.roleatlas.polls.NewPoll;
import org.roleatlas.polls.PollDraft;
import org.roleatlas.polls.PollRules;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.posts.FoundPost;
import org.roleatlas.posts.ModerationState;
import org.roleatlas.posts.PostFinder;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.PostRef;
import org.roleatlas.posts.PostRules;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.AnswerPosted;
import org.roleatlas.questions.QuestionPosted;
import org.roleatlas.system.errors.ForbiddenException;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.roleatlas.system.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing questions and answers: checks, the {@code post} rate limit, Markdown rendered and sanitised once here
 * (so reads never parse it), authorship checks for edits and deletes. Web pages and the API both come here.
 */
@Service
public class QuestionService implements PostFinder {

    /** What a member submits for a question; roles are catalogue slugs; {@code poll} is null for none. */
    public record NewQuestion(String title, String body, List<String> roles, boolean anonymous, PollDraft poll) {

        public NewQuestion(String title, String body, List<String> roles, boolean anonymous) {
            this(title, body, roles, anonymous, null);
        }

        NewQuestion withPoll(PollDraft draft) {
            return new NewQuestion(title, body, roles, anonymous, draft);
        }
    }

    private final QuestionRepository repository;
    private final QuestionPolls polls;
    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final RateLimiter rateLimiter;
    private final SearchEvents search;
    private final PostHolds hold;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuestionService(QuestionRepository repository, QuestionPolls polls, Catalog catalog, MarkdownRenderer markdown,
                    RateLimiter rateLimiter, PostHolds hold, SearchEvents search, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.polls = polls;
        this.search = search;
        this.catalog = catalog;
        this.markdown = markdown;
        this.rateLimiter = rateLimiter;
        this.hold = hold;
        this.clock = clock;
    }

    /** What a member submits when editing a question: title, text and 1 to 5 role tags (null: keep the tags). */
    record QuestionEdit(String title, String body, List<String> roles) {
    }

    @Transactional
    public long ask(Member author, NewQuestion question) {
        PostRules rules = new PostRules();
        String title = rules.title(question.title());
        String body = rules.body(question.body());
        List<String> roles = rules.roles(question.roles(), catalog.snapshot());
        NewPoll poll = rules.also(errors -> PollRules.check(question.poll(), clock.instant(), errors));
        rules.check();
        limit(author); // after the checks: a mistyped form does not use up the member's posts
        ModerationState state = hold.stateOfNewPost(author);
        long id = repository.insertQuestion(author.id(), question.anonymous(), title, body, markdown.toHtml(body), roles,
                state, clock.instant());
        if (poll != null) {
            polls.insert(id, poll, clock.instant());
        }
        search.question(id);
        events.publishEvent(new QuestionPosted(id, author.id(), question.anonymous(), title, body, roles,
                state == ModerationState.HELD));
        return id;
    }

    @Transactional
    public long answer(Member author, long questionId, String text, boolean anonymous) {
        QuestionRow question = question(questionId, Viewer.of(author));
        String body = PostRules.checkedBody(text);
        limit(author);
        ModerationState state = hold.stateOfNewPost(author);
        long id = repository.insertAnswer(questionId, author.id(), anonymous, body, markdown.toHtml(body),
                state, clock.instant());
        search.answer(id);
        events.publishEvent(new AnswerPosted(id, questionId, question.authorId(), question.title(), author.id(),
                anonymous, body, state == ModerationState.HELD));
        return id;
    }

    @Transactional
    void editQuestion(Member editor, long id, QuestionEdit edit) {
        QuestionRow before = ownQuestion(editor, id);
        PostRules rules = new PostRules();
        String title = rules.title(edit.title());
        String body = rules.body(edit.body());
        List<String> roles = edit.roles() == null ? before.roles() : rules.roles(edit.roles(), catalog.snapshot());
        rules.check();
        limitEdits(editor);
        repository.editQuestion(before, editor.id(), title, body, markdown.toHtml(body), roles, clock.instant());
        if (title.equals(before.title()) && roles.equals(before.roles())) {
            search.question(id);
        } else {
            search.thread(id); // answers and comments show the question's title and tags in results
        }
    }

    @Transactional
    long editAnswer(Member editor, long id, String newBody) {
        AnswerRow before = ownAnswer(editor, id);
        String body = PostRules.checkedBody(newBody);
        limitEdits(editor);
        repository.editAnswer(before, editor.id(), body, markdown.toHtml(body), clock.instant());
        search.answer(id);
        return before.questionId();
    }

    @Transactional
    public void deleteQuestion(Member member, long id) {
        repository.deleteQuestion(ownQuestion(member, id).id(), clock.instant());
        search.thread(id);
    }

    /** @return the question the answer belonged to */
    @Transactional
    public long deleteAnswer(Member member, long id) {
        AnswerRow answer = ownAnswer(member, id);
        repository.deleteAnswer(answer, clock.instant());
        search.answer(id);
        return answer.questionId();
    }

    /** @throws NotFoundException unless the viewer may see it (hidden and held questions are not found) */
    QuestionRow question(long id, Viewer viewer) {
        return repository.question(id, viewer)
                .orElseThrow(() -> new NotFoundException("There is no question " + id + "."));
    }

    /** @throws NotFoundException unless the viewer may see the answer and its question */
    AnswerRow answer(long id, Viewer viewer) {
        return repository.answer(id, viewer).orElseThrow(() -> new NotFoundException("There is no answer " + id + "."));
    }

    /** Edits are cheap to send and each keeps a revision: limited like posts, after the checks. */
    private void limitEdits(Member editor) {
        rateLimiter.tryAcquire("edit", Long.toString(editor.id())).orThrow("editing");
    }

    private void limit(Member author) {
        rateLimiter.tryAcquire("post", Long.toString(author.id())).orThrow("posting");
    }

    /** @throws ForbiddenException unless the member wrote it */
    QuestionRow ownQuestion(Member member, long id) {
        QuestionRow question = question(id, Viewer.of(member));
        if (question.authorId() != member.id()) {
            throw new ForbiddenException("Only its author can change question " + question.id() + ".");
        }
        return question;
    }

    /** @throws ForbiddenException unless the member wrote it */
    AnswerRow ownAnswer(Member member, long id) {
        AnswerRow answer = answer(id, Viewer.of(member));
        if (answer.authorId() != member.id()) {
            throw new ForbiddenException("Only its author can change answer " + answer.id() + ".");
        }
        return answer;
    }

    @Override
    public Set<PostKind> kinds() {
        return Set.of(PostKind.QUESTION, PostKind.ANSWER);
    }

    /** Questions and answers for the modules that act on them without owning them: votes, comments, flags. */
    @Override
    public FoundPost find(PostRef post, Viewer viewer) {
        if (post.kind() == PostKind.QUESTION) {
            QuestionRow q = question(post.id(), viewer);
            return new FoundPost(post, q.id(), q.authorId(), q.title(), q.commentCount());
        }
        AnswerRow a = answer(post.id(), viewer);
        return new FoundPost(post, a.questionId(), a.authorId(), null, a.commentCount());
    }
}
