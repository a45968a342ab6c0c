package org.roleatlas.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level difference between two texts, as runs of kept, deleted and inserted text (java-diff-utils' Myers
 * diff over words and the white space between them). The runs are plain text: the template escapes them.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_']+|[^\\s\\p{L}\\p{N}_']");

    public enum Change { SAME, DELETED, INSERTED }

    public record Run(Change change, String text) {

        public boolean deleted() {
            return change == Change.DELETED;
        }

        public boolean inserted() {
            return change == Change.INSERTED;
        }
    }

    private WordDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Change.SAME, from.subList(position, start));
            add(runs, Change.DELETED, delta.getSource().getLines());
            add(runs, Change.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(runs, Change.SAME, from.subList(position, from.size()));
        return runs;
    }

    private static void add(List<Run> runs, Change change, List<String> tokens) {
        if (!tokens.isEmpty()) {
            runs.add(new Run(change, String.join("", tokens)));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
