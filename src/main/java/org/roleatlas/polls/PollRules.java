package org.roleatlas.polls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a submitted poll. Errors are keyed as the API names the fields ({@code poll.options[3]},
 * {@code poll.closesAt}, {@code poll.resultsVisibility}) and their messages say both that name and what is
 * wanted, so the same text reads well beside a form input and in a problem detail.
 */
public final class PollRules {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_LABEL = 200;

    private PollRules() {
    }

    /** @return the checked poll, or null when there is no poll or a problem was added to {@code errors} */
    public static NewPoll check(PollDraft draft, Instant now, Map<String, String> errors) {
        if (draft == null) {
            return null;
        }
        int before = errors.size();
        List<String> labels = labels(draft.options(), errors);
        Instant closesAt = closesAt(draft.closesAt(), now, errors);
        ResultsVisibility visibility = visibility(draft.resultsVisibility(), errors);
        return errors.size() == before ? new NewPoll(labels, closesAt, visibility) : null;
    }

    private static List<String> labels(List<String> options, Map<String, String> errors) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            errors.putIfAbsent("poll.options", "Poll options (poll.options): give " + MIN_OPTIONS + " to "
                    + MAX_OPTIONS + ", got " + options.size());
            return List.of(); // the count first: a list of a million options is not checked one by one
        }
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String label = options.get(i).strip();
            String field = "poll.options[" + i + "]";
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                errors.putIfAbsent(field, "Poll option " + (i + 1) + " (" + field + "): 1 to " + MAX_LABEL
                        + " characters");
            } else {
                Integer earlier = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    errors.putIfAbsent(field, "Poll option " + (i + 1) + " (" + field + "): the same as option "
                            + (earlier + 1));
                }
            }
            labels.add(label);
        }
        return labels;
    }

    private static Instant closesAt(String text, Instant now, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant closesAt = parseTime(text.strip());
        if (closesAt == null) {
            errors.putIfAbsent("poll.closesAt", "Poll closing time (poll.closesAt): an ISO-8601 date and time such "
                    + "as 2030-01-31T18:00:00Z, got '" + text.strip() + "'");
        } else if (!closesAt.isAfter(now)) {
            errors.putIfAbsent("poll.closesAt", "Poll closing time (poll.closesAt): must be in the future");
        }
        return closesAt;
    }

    /** With an offset or Z as given; without one (a browser's date-time input sends none) as UTC. */
    private static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    private static ResultsVisibility visibility(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return ResultsVisibility.ALWAYS;
        }
        ResultsVisibility visibility = ResultsVisibility.parse(text);
        if (visibility == null) {
            errors.putIfAbsent("poll.resultsVisibility", "Poll results visibility (poll.resultsVisibility): "
                    + "always or after-voting, got '" + text.strip() + "'");
        }
        return visibility;
    }
}
