package org.roleatlas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.roleatlas.accounts.MemberBulkLoad;
import org.roleatlas.accounts.MemberBulkLoad.BulkMember;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.demo.DemoMembers.Author;
import org.roleatlas.questions.CommunityBulkLoad;
import org.roleatlas.questions.CommunityBulkLoad.BulkAnswer;
import org.roleatlas.questions.CommunityBulkLoad.BulkQuestion;
import org.roleatlas.system.CliException;
import org.springframework.stereotype.Service;

/**
 * Generates a sample community and loads it through the owning modules' bulk loads: members first, then questions
 * in chunks of {@value #CHUNK}, one transaction each, so a large data set never sits in memory whole.
 */
@Service
record DemoCommunity(MemberBulkLoad members, CommunityBulkLoad community, Catalog catalog, Clock clock) {

    static final int CHUNK = 2_000;
    static final int FEWEST_MEMBERS = 72;
    static final int MOST_MEMBERS = 5_000;

    /** What to generate; {@code append} allows loading into a database that already has questions. */
    record Request(int questions, long seed, boolean append) {
    }

    /** What was loaded; {@code twentyAnswers} is a question with exactly 20 answers, or null if none was made. */
    record Loaded(int members, int questions, long answers, long comments, long upvotes, long polls, long ballots,
                  Long twentyAnswers, Duration took) {
    }

    /** @throws CliException if the database already has questions and {@code append} is not set */
    Loaded load(Request request, Consumer<String> progress) {
        if (request.questions() < 1) {
            throw new CliException("--questions must be at least 1");
        }
        long existing = community.questionCount();
        if (existing > 0 && !request.append()) {
            throw new CliException(String.format("the database already has %,d question%s; nothing was loaded "
                    + "(use --append to add a sample anyway)", existing, existing == 1 ? "" : "s"));
        }
        long started = System.nanoTime();
        // Whole seconds: the timeline is relative to the load, the content depends only on the seed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CatalogSnapshot snapshot = catalog.snapshot();
        int memberCount = Math.max(FEWEST_MEMBERS, Math.min(MOST_MEMBERS, request.questions() / 20));
        Writing writing = Writing.load();
        List<BulkMember> people = freeUsernames(memberCount, snapshot, writing.members(), request.seed(), now);
        List<Long> ids = members.insert(people);
        List<Author> authors = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            BulkMember person = people.get(i);
            authors.add(DemoMembers.author(ids.get(i), person, snapshot.role(person.roleSlug())
                    .map(Role::familyKey).orElse(null)));
        }
        progress.accept(String.format("%,d members", ids.size()));

        QuestionGenerator generator = new QuestionGenerator(writing, snapshot, authors, request.seed(),
                Shape.forQuestions(request.questions()), request.questions(), now);
        long answers = 0;
        long comments = 0;
        long upvotes = 0;
        long polls = 0;
        long ballots = 0;
        Long twenty = null;
        while (generator.position() < request.questions()) {
            List<BulkQuestion> chunk = new ArrayList<>(CHUNK);
            while (chunk.size() < CHUNK && generator.position() < request.questions()) {
                chunk.add(generator.next());
            }
            List<Long> questionIds = community.insert(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                BulkQuestion q = chunk.get(i);
                answers += q.answers().size();
                comments += q.comments().size();
                upvotes += q.voterIds().size();
                for (BulkAnswer a : q.answers()) {
                    comments += a.comments().size();
                    upvotes += a.voterIds().size();
                }
                if (q.poll() != null) {
                    polls++;
                    ballots += q.poll().ballots().size();
                }
                if (twenty == null && q.answers().size() == QuestionGenerator.BENCH_ANSWERS) {
                    twenty = questionIds.get(i);
                }
            }
            progress.accept(String.format("%,d of %,d questions (%.1f s)", generator.position(),
                    request.questions(), (System.nanoTime() - started) / 1e9));
        }
        return new Loaded(ids.size(), request.questions(), answers, comments, upvotes, polls, ballots, twenty,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The generated usernames, with "-2", "-3"... appended when an earlier sample in this database has them. */
    private List<BulkMember> freeUsernames(int count, CatalogSnapshot snapshot, Writing.MemberRules rules, long seed,
                                           Instant now) {
        for (int run = 1; ; run++) {
            List<BulkMember> people = DemoMembers.generate(count, snapshot.roles(), rules, seed, now,
                    run == 1 ? "" : "-" + run);
            if (members.taken(people.stream().map(BulkMember::username).toList()).isEmpty()) {
                return people;
            }
        }
    }
}
