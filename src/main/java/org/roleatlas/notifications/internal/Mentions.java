package org.roleatlas.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The {@code @username}s a member's Markdown mentions: in its text only, never inside code spans or code blocks (which
 * commonmark keeps as other nodes than text), nor in an email address ({@code ada@example.com}). Usernames are
 * lower-cased; a sentence's full stop after a name is not part of it. At most {@link #MAX} names per post.
 */
final class Mentions {

    static final int MAX = 20;
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,40})");
    private static final Parser PARSER = Parser.builder().build();

    private Mentions() {
    }

    static Set<String> in(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return names;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                Matcher m = MENTION.matcher(text.getLiteral());
                while (m.find() && names.size() < MAX) {
                    String name = m.group(1).toLowerCase(Locale.ROOT);
                    while (name.endsWith(".") || name.endsWith("-")) {
                        name = name.substring(0, name.length() - 1);
                    }
                    if (name.length() >= 3) {
                        names.add(name);
                    }
                }
            }
        });
        return names;
    }
}
