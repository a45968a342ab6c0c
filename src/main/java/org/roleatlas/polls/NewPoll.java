package org.roleatlas.polls;

import java.time.Instant;
import java.util.List;

/** A checked poll, ready to store: 2 to 10 distinct labels, a closing time in the future or null. */
public record NewPoll(List<String> options, Instant closesAt, ResultsVisibility visibility) {

    public NewPoll {
        options = List.copyOf(options);
    }
}
