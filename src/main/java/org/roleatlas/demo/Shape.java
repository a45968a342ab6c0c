package org.roleatlas.demo;

import java.time.Duration;
import java.util.Random;

/**
 * How busy a generated community is. A small sample is lively on every page (most questions answered, several
 * votes and comments); a large one has the long tail of a real site, where most posts get little attention and
 * a few get a lot, which also keeps a 100,000-question data set near a million rows (votes are the most
 * numerous rows and the slowest to index, so the large shape keeps them to about one per answer).
 */
record Shape(boolean lively, Duration span, Duration replyWindow, int anonymousPercent) {

    /** Up to this many questions the sample is lively. */
    static final int LIVELY_UP_TO = 200;

    static Shape forQuestions(int total) {
        if (total <= LIVELY_UP_TO) {
            return new Shape(true, Duration.ofDays(30), Duration.ofDays(6), 12);
        }
        // About one question every quarter of an hour, as on a busy community.
        Duration span = Duration.ofMinutes(15L * total);
        return new Shape(false, span.compareTo(Duration.ofDays(30)) < 0 ? Duration.ofDays(30) : span,
                Duration.ofDays(10), 10);
    }

    /** Six polls in a 40-question sample (one question in 7); one question in 50 in a large set. */
    boolean hasPoll(int index) {
        return lively ? index % 7 == 3 : index % 50 == 25;
    }

    int answers(Random random) {
        if (lively) {
            return random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(6);
        }
        int roll = random.nextInt(100);
        if (roll < 15) {
            return 0;
        }
        if (roll < 40) {
            return 1;
        }
        if (roll < 60) {
            return 2;
        }
        if (roll < 75) {
            return 3;
        }
        return roll < 90 ? 4 + random.nextInt(2) : 6 + random.nextInt(5);
    }

    int questionVotes(Random random) {
        return lively ? tail(random, 2, 16) : tail(random, 6, 18);
    }

    int answerVotes(Random random) {
        return lively ? tail(random, 2, 12) : tail(random, 8, 9);
    }

    int questionComments(Random random) {
        return lively ? random.nextInt(5) : comments(random, 60, 85, 95);
    }

    int answerComments(Random random) {
        return lively ? (random.nextInt(3) == 0 ? random.nextInt(6) : 0) : comments(random, 75, 93, 98);
    }

    /**
     * Views have the longest tail of all: in a large set the median question has a few dozen, one in a hundred
     * some ten thousand, the most read ones hundreds of thousands ("250k views").
     */
    long views(Random random) {
        double tail = Math.pow(1 - random.nextDouble(), -1.5);
        return lively ? 40 + (long) Math.min(15_000, 60 * tail) : (long) Math.min(250_000, 10 * tail);
    }

    /** A long tail: most draws are near 0, a few near the maximum (the higher the power, the longer the tail). */
    private static int tail(Random random, int power, int max) {
        return (int) (Math.pow(random.nextDouble(), power) * (max + 1));
    }

    /** None below {@code none}%, one below {@code one}%, two below {@code two}%, else 3 to 6 ("Read more"). */
    private static int comments(Random random, int none, int one, int two) {
        int roll = random.nextInt(100);
        return roll < none ? 0 : roll < one ? 1 : roll < two ? 2 : 3 + random.nextInt(4);
    }
}
