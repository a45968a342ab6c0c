package org.roleatlas.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.demo.DemoMembers.Author;
import org.roleatlas.questions.CommunityBulkLoad.BulkAnswer;
import org.roleatlas.questions.CommunityBulkLoad.BulkComment;
import org.roleatlas.questions.CommunityBulkLoad.BulkPoll;
import org.roleatlas.questions.CommunityBulkLoad.BulkQuestion;

/**
 * Makes questions one after another from a seed: the same seed, members and catalogue give the same questions in
 * the same order. Question times spread evenly up to {@code now}, so ids grow with time as they do for real posts;
 * every hundredth question has exactly {@value #BENCH_ANSWERS} answers (the question-page benchmark reads one), and
 * some questions carry a poll ({@link Shape#hasPoll}).
 */
final class QuestionGenerator {

    static final int BENCH_ANSWERS = 20;

    private final Writing writing;
    private final CatalogSnapshot catalog;
    private final List<Author> authors;
    private final Random random;
    private final Shape shape;
    private final Instant start;
    private final Duration step;
    private final Instant now;
    private final Map<String, List<Role>> rolesByTopic;
    private int next;
    private int polls;

    QuestionGenerator(Writing writing, CatalogSnapshot catalog, List<Author> authors, long seed, Shape shape,
                      int total, Instant now) {
        this.writing = writing;
        this.catalog = catalog;
        this.authors = authors;
        this.random = new Random(seed);
        this.shape = shape;
        this.now = now;
        this.step = shape.span().dividedBy(Math.max(1, total));
        this.start = now.minus(shape.span());
        this.rolesByTopic = writing.topics().stream().collect(Collectors.toMap(Writing.Topic::key, t ->
                catalog.roles().stream().filter(r -> t.families().contains(r.familyKey()))
                        .filter(r -> !t.exclude().contains(r.slug())).toList()));
    }

    /** The index (from 0) of the next question {@link #next()} makes. */
    int position() {
        return next;
    }

    BulkQuestion next() {
        int index = next++;
        Writing.PollQuestion poll = shape.hasPoll(index) ? writing.polls().get(polls % writing.polls().size()) : null;
        Writing.Topic topic = poll != null ? writing.topic(poll.topic())
                : writing.topics().get(random.nextInt(writing.topics().size()));
        Author author = pick(authors);
        List<Role> tags = tags(rolesByTopic.get(topic.key()));
        Function<String, String> fill = text -> Phrases.fill(text, tags, catalog, author);
        Instant asked = start.plus(step.multipliedBy(index)).plusMillis(random.nextInt((int) Math.max(1,
                Math.min(Integer.MAX_VALUE, step.toMillis()))));
        String title = fill.apply(poll != null ? poll.title() : pick(topic.titles()));
        String body = (poll != null ? fill.apply(poll.body())
                : fill.apply(pick(topic.openings())) + "\n\n" + fill.apply(pick(topic.details())))
                + "\n\n" + pick(writing.questionClosings());
        BulkPoll bulkPoll = poll == null ? null
                : SamplePolls.make(poll, fill, authors, shape, polls++, asked, now, random);
        int answerCount = index % 100 == 99 ? BENCH_ANSWERS : shape.answers(random);
        List<Instant> answerTimes = times(asked, answerCount);
        List<BulkAnswer> answers = new ArrayList<>(answerCount);
        for (Instant answered : answerTimes) {
            Author answerer = other(author.id());
            String text = fill.apply(pick(topic.answers()));
            if (random.nextInt(10) < 4) {
                text += "\n\n" + fill.apply(pick(topic.answers()));
            }
            String closing = pick(writing.answerClosings());
            answers.add(new BulkAnswer(answerer.id(), random.nextInt(100) < shape.anonymousPercent() / 2,
                    closing.isEmpty() ? text : text + "\n\n" + closing, answered,
                    voters(answerer.id(), shape.answerVotes(random)), comments(topic, answered, shape.answerComments(random))));
        }
        return new BulkQuestion(author.id(), random.nextInt(100) < shape.anonymousPercent(), title, body,
                tags.stream().map(Role::slug).toList(), asked, voters(author.id(), shape.questionVotes(random)),
                comments(topic, asked, shape.questionComments(random)), answers, bulkPoll, shape.views(random));
    }

    /** 1 to 3 distinct tags: one from the topic's families, then related roles or more of the same families. */
    private List<Role> tags(List<Role> candidates) {
        Set<Role> tags = new LinkedHashSet<>();
        Role first = pick(candidates);
        tags.add(first);
        int wanted = 1 + random.nextInt(3);
        for (int attempt = 0; tags.size() < wanted && attempt < 6; attempt++) {
            if (!first.reportsTo().isEmpty() && random.nextBoolean()) {
                catalog.role(first.reportsTo().get(random.nextInt(first.reportsTo().size()))).ifPresent(tags::add);
            } else {
                tags.add(pick(candidates));
            }
        }
        return List.copyOf(tags);
    }

    private List<BulkComment> comments(Writing.Topic topic, Instant after, int count) {
        List<BulkComment> comments = new ArrayList<>(count);
        for (Instant at : times(after, count)) {
            String text = random.nextInt(3) == 0 ? pick(writing.comments()) : pick(topic.comments());
            comments.add(new BulkComment(pick(authors).id(), random.nextInt(100) < shape.anonymousPercent() / 3,
                    text, at));
        }
        return comments;
    }

    /** Distinct members other than the author, as many as asked (and as there are). */
    private List<Long> voters(long authorId, int count) {
        int wanted = Math.min(count, authors.size() - 1);
        Set<Long> voters = new LinkedHashSet<>();
        while (voters.size() < wanted) {
            long id = pick(authors).id();
            if (id != authorId) {
                voters.add(id);
            }
        }
        return List.copyOf(voters);
    }

    /** Ascending times after {@code after}, within the reply window and never later than now. */
    private List<Instant> times(Instant after, int count) {
        long window = Math.max(1, Math.min(Duration.between(after, now).toMillis(), shape.replyWindow().toMillis()));
        List<Instant> times = new ArrayList<>(count);
        long offset = 0;
        for (int i = 0; i < count; i++) {
            offset += 1 + (long) (random.nextDouble() * (window - offset) / (count - i + 1));
            times.add(after.plusMillis(Math.min(offset, window)));
        }
        return times;
    }

    private Author other(long authorId) {
        Author answerer = pick(authors);
        while (answerer.id() == authorId && authors.size() > 1) {
            answerer = pick(authors);
        }
        return answerer;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
