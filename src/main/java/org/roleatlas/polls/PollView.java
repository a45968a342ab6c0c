package org.roleatlas.polls;

import java.time.Instant;
import java.util.List;

/**
 * A poll as the question page and the API show it to one viewer. Public only because the precompiled templates
 * live in another package. When {@code visible} is false every number is null and {@code breakdown} is empty, so
 * a template or JSON mapping cannot leak a hidden result by mistake. Carries no voter or author.
 *
 * @param visibility   "always" or "after-voting"
 * @param closesAtText the closing time as pages print it ("2030-01-31 18:00 UTC"), or null for a poll without one
 * @param voted        whether the viewer has cast a ballot
 * @param hiddenNote   when results are hidden, when they will show
 */
public record PollView(long id, long questionId, List<Choice> options, Integer total, boolean visible,
                       String visibility, Instant closesAt, String closesAtText, boolean closed, boolean voted,
                       String hiddenNote, List<Table> breakdown, Integer uncounted) {

    public PollView {
        options = List.copyOf(options);
        breakdown = List.copyOf(breakdown);
    }

    /** "128 votes", "1 vote"; with "(3 more are counted with the next 5)" while a small poll waits for a step. */
    public String totalText() {
        if (total == null) {
            return "";
        }
        String text = total + (total == 1 ? " vote" : " votes");
        if (uncounted != null && uncounted > 0) {
            text += " (" + uncounted + " more " + (uncounted == 1 ? "is" : "are") + " counted once "
                    + org.roleatlas.polls.PollResults.STEP + " have come in, so that no single vote shows)";
        }
        return text;
    }

    /** @param chosen whether this is the viewer's own vote */
    public record Choice(int index, String label, Integer votes, Integer percent, boolean chosen) {
    }

    /**
     * The results per group of one trait.
     *
     * @param trait "industry", "companySize" or "roleFamily" (the API's names)
     * @param heading what the page calls the trait ("Industry")
     */
    public record Table(String trait, String heading, List<Row> rows) {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One group. Withheld: no numbers; {@code fewerThanFive} says whether because the group itself is small or to
     * keep other small groups from being worked out by subtraction.
     *
     * @param group the stored key ("manufacturing"), @param label how people read it ("Manufacturing")
     */
    public record Row(String group, String label, boolean withheld, boolean fewerThanFive, Integer total,
                      List<Choice> options) {

        public Row {
            options = List.copyOf(options);
        }
    }
}
