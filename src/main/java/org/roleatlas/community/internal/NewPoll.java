package org.roleatlas.community.internal;

import java.time.Instant;
import java.util.List;

import org.roleatlas.community.Visibility;

/** A checked poll, ready to store: 2 to 10 distinct labels, a closing time in the future or null. */
record NewPoll(List<String> options, Instant closesAt, Visibility visibility) {

    NewPoll {
        options = List.copyOf(options);
    }
}
