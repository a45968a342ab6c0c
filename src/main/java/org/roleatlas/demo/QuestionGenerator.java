package org.roleatlas.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
    private final Set<Long> commentHashes = new HashSet<>();
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
                t.roles().stream().map(slug -> catalog.role(slug).orElseThrow(() -> new IllegalStateException(
                        "demo/topics.yaml: topic '" + t.key() + "' names no catalogue role '" + slug + "'"))).toList()));
    }

    /** A question and the topic it was made from. */
    record Made(String topic, BulkQuestion question) {
    }

    /** The index (from 0) of the next question {@link #next()} makes. */
    int position() {
        return next;
    }

    BulkQuestion next() {
        return make().question();
    }

    Made make() {
        int index = next++;
        Writing.PollQuestion poll = shape.hasPoll(index) ? writing.polls().get(polls % writing.polls().size()) : null;
        Writing.Topic topic = poll != null ? writing.topic(poll.topic())
                : writing.topics().get(random.nextInt(writing.topics().size()));
        Author author = pick(authors);
        List<Role> roles = rolesByTopic.get(topic.key());
        Phrases.Cast cast = Phrases.Cast.of(pick(roles), roles, catalog, random);
        Function<String, String> fill = text -> Phrases.fill(text, cast, author, months());
        Instant asked = start.plus(step.multipliedBy(index)).plusMillis(random.nextInt((int) Math.max(1,
                Math.min(Integer.MAX_VALUE, step.toMillis()))));
        String title = poll != null ? poll.title() : pick(fitting(topic.titles(), cast));
        String text = poll != null ? poll.body()
                : pick(fitting(topic.openings(), cast)) + "\n\n" + pick(fitting(topic.details(), cast));
        List<Role> tags = cast.named(title + "\n" + text);
        String body = fill.apply(text) + "\n\n" + pick(writing.questionClosings());
        BulkPoll bulkPoll = poll == null ? null
                : SamplePolls.make(poll, fill, authors, shape, polls++, asked, now, random);
        int answerCount = index % 100 == 99 ? BENCH_ANSWERS : shape.answers(random);
        List<BulkAnswer> answers = answers(topic, cast, author, asked, answerCount);
        return new Made(topic.key(), new BulkQuestion(author.id(), random.nextInt(100) < shape.anonymousPercent(),
                fill.apply(title), body, tags.stream().map(Role::slug).toList(), asked,
                voters(author.id(), shape.questionVotes(random)),
                comments(topic, cast, asked, shape.questionComments(random)), answers, bulkPoll, shape.views(random)));
    }

    /**
     * Answers by members other than the asker, each in its writer's circumstances. The topic's fragments come in
     * a shuffled order, so a question with few answers repeats none; no two answers open with the same sentence
     * (once the fragments run out, each answer starts with a lead-in sentence of its own).
     */
    private List<BulkAnswer> answers(Writing.Topic topic, Phrases.Cast cast, Author asker, Instant asked, int count) {
        List<String> fragments = shuffled(fitting(topic.answers(), cast));
        List<String> leadIns = shuffled(writing.leadIns());
        Set<String> openings = new HashSet<>();
        List<BulkAnswer> answers = new ArrayList<>(count);
        int fragment = 0;
        for (Instant answered : times(asked, count)) {
            Author answerer = other(asker.id());
            String main = fragments.get(fragment++ % fragments.size());
            String text = Phrases.fill(main, cast, answerer, months());
            if (random.nextInt(10) < 4 && fragments.size() > 1) {
                String second = fragments.get(fragment % fragments.size());
                text += "\n\n" + Phrases.fill(second, cast, answerer, months());
            }
            if (fragment > fragments.size() || random.nextInt(3) == 0 || openings.contains(firstSentence(text))) {
                String leadIn = null;
                for (int i = 0; i < leadIns.size() && leadIn == null; i++) {
                    String candidate = Phrases.fill(leadIns.get(i), cast, answerer, months());
                    if (!openings.contains(firstSentence(candidate))) {
                        leadIn = candidate;
                        leadIns.remove(i); // each lead-in once per question, however it is filled
                    }
                }
                if (leadIn == null) {
                    throw new IllegalStateException("demo/topics.yaml: too few lead-ins for " + count + " answers");
                }
                text = leadIn + " " + text;
            }
            openings.add(firstSentence(text));
            String closing = pick(writing.answerClosings());
            answers.add(new BulkAnswer(answerer.id(), random.nextInt(100) < shape.anonymousPercent() / 2,
                    closing.isEmpty() ? text : text + "\n\n" + closing, answered,
                    voters(answerer.id(), shape.answerVotes(random)),
                    comments(topic, cast, answered, shape.answerComments(random))));
        }
        return answers;
    }

    /** The first sentence of a text: up to the first full stop, question or exclamation mark before a space. */
    static String firstSentence(String text) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.?!](\\s|$)");

    /**
     * Comments, none the same as any other comment in the sample: an opener, a comment of the topic or of any
     * topic, and a tail, combined until the text is new.
     */
    private List<BulkComment> comments(Writing.Topic topic, Phrases.Cast cast, Instant after, int count) {
        List<BulkComment> comments = new ArrayList<>(count);
        for (Instant at : times(after, count)) {
            Author commenter = pick(authors);
            comments.add(new BulkComment(commenter.id(), random.nextInt(100) < shape.anonymousPercent() / 3,
                    newComment(topic, cast, commenter), at));
        }
        return comments;
    }

    private String newComment(Writing.Topic topic, Phrases.Cast cast, Author commenter) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            // A large sample uses up the short combinations: then a comment makes one point more, then two.
            int points = attempt < 20 ? 1 : attempt < 100 ? 2 : 3;
            List<String> parts = new ArrayList<>(points + 2);
            parts.add(pick(writing.commentOpeners()));
            for (int point = 0; point < points; point++) {
                String core = random.nextInt(3) == 0 ? pick(writing.comments()) : pick(fitting(topic.comments(), cast));
                if (!parts.contains(core)) {
                    parts.add(core);
                }
            }
            parts.add(pick(writing.commentTails()));
            String text = Phrases.fill(String.join(" ", parts).strip(), cast, commenter, months());
            if (commentHashes.add(hash(text))) {
                return text;
            }
        }
        throw new IllegalStateException("demo/topics.yaml: too few comment fragments for a sample this large");
    }

    /** A 64-bit FNV-1a hash: remembering every comment's text of a large sample would take too much memory. */
    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    private int months() {
        return 2 + random.nextInt(35);
    }

    /** The fragments whose roles this question has (a role that reports to nobody has no {manager}). */
    private static List<String> fitting(List<String> fragments, Phrases.Cast cast) {
        List<String> fitting = fragments.stream().filter(cast::fits).toList();
        if (fitting.isEmpty()) {
            throw new IllegalStateException("demo/topics.yaml: no fragment fits " + cast.role().slug() + " in " + fragments);
        }
        return fitting;
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
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
