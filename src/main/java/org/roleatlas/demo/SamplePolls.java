package org.roleatlas.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.roleatlas.demo.DemoMembers.Author;
import org.roleatlas.polls.Ballot;
import org.roleatlas.polls.ResultsVisibility;
import org.roleatlas.questions.CommunityBulkLoad.BulkBallot;
import org.roleatlas.questions.CommunityBulkLoad.BulkPoll;

/**
 * Polls for sample questions. A lively sample's polls get ballots from most members, so the breakdown by industry,
 * company size and role family has groups of 5 or more to show; in a large set the number of ballots has a long
 * tail. Each poll has a favourite option (not always the first) and voters lean towards it.
 */
final class SamplePolls {

    private SamplePolls() {
    }

    /**
     * @param made how many polls were made before this one: it decides visibility and closing in rotation, so a
     *             sample shows every kind (results always shown, shown after voting, closed)
     */
    static BulkPoll make(Writing.PollQuestion question, Function<String, String> fill, List<Author> authors,
                         Shape shape, int made, Instant asked, Instant now, Random random) {
        List<String> options = new ArrayList<>(new LinkedHashSet<>(question.options().stream().map(fill).toList()));
        ResultsVisibility visibility = made % 2 == 0 ? ResultsVisibility.ALWAYS : ResultsVisibility.AFTER_VOTING;
        Instant closes = switch (made % 3) {
            case 0 -> null;
            case 1 -> asked.plus(Duration.ofDays(60));
            default -> asked.plus(Duration.ofDays(2));
        };
        int wanted = shape.lively() ? Math.min(authors.size(), 60 + random.nextInt(13))
                : Math.min(authors.size(), 5 + (int) (Math.pow(random.nextDouble(), 3) * 150));
        List<Author> voters = new ArrayList<>(authors);
        Collections.shuffle(voters, random);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random); // order.get(0) is the favourite
        Instant last = closes == null || closes.isAfter(now) ? now : closes.minusSeconds(1);
        long window = Math.max(1, Duration.between(asked, last).toMillis());
        Set<Long> seen = new LinkedHashSet<>();
        List<BulkBallot> ballots = new ArrayList<>(wanted);
        for (Author voter : voters.subList(0, wanted)) {
            if (!seen.add(voter.id())) {
                continue;
            }
            int option = order.get(Math.min(options.size() - 1, (int) (Math.pow(random.nextDouble(), 1.8) * options.size())));
            Ballot traits = voter.traits();
            ballots.add(new BulkBallot(voter.id(),
                    new Ballot(option, traits.industry(), traits.companySize(), traits.roleFamily()),
                    asked.plusMillis(1 + (long) (random.nextDouble() * (window - 1)))));
        }
        return new BulkPoll(options, visibility, closes, ballots);
    }
}
