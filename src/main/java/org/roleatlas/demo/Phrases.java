package org.roleatlas.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.demo.DemoMembers.Author;

/**
 * Fills a fragment's placeholders ({role}, {manager}, {altmanager}, {peer}, {industry}, {size}, {months}) and mends
 * the articles in front of them.
 */
final class Phrases {

    /** "a" before a role title that starts with a vowel sound ("a Enterprise Architect", "a ML Engineer"). */
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]) (?=[AEIO]|ML)");
    private static final Pattern ROLE_PLACEHOLDER = Pattern.compile("\\{(role|manager|altmanager|peer)}");

    /**
     * The roles one question is about: its subject, two of the roles the subject reports to in the catalogue as usual
     * or occasional line managers (either may be null) and another of the topic's roles in the subject's family (or null).
     */
    record Cast(Role role, Role manager, Role altManager, Role peer) {

        static Cast of(Role subject, List<Role> topicRoles, CatalogSnapshot catalog, Random random) {
            List<Role> managers = new ArrayList<>(lineManagers(subject).stream()
                    .flatMap(slug -> catalog.role(slug).stream()).toList());
            Role manager = managers.isEmpty() ? null : managers.remove(random.nextInt(managers.size()));
            Role altManager = managers.isEmpty() ? null : managers.get(random.nextInt(managers.size()));
            List<Role> peers = topicRoles.stream()
                    .filter(r -> r.familyKey().equals(subject.familyKey()) && !r.equals(subject)).toList();
            return new Cast(subject, manager, altManager, peers.isEmpty() ? null : peers.get(random.nextInt(peers.size())));
        }

        /** The roles the subject reports to as its line manager, usually or at some companies (not dotted lines). */
        static List<String> lineManagers(Role subject) {
            List<String> managers = new ArrayList<>(subject.reportsTo());
            managers.addAll(subject.sometimesReportsTo());
            return managers;
        }

        /** Whether every role the text mentions has someone to stand for it. */
        boolean fits(String text) {
            return ROLE_PLACEHOLDER.matcher(text).results().allMatch(m -> cast(m.group(1)) != null);
        }

        /** The subject, then every other role the text names, once each: a question's role tags. */
        List<Role> named(String text) {
            Set<Role> named = new LinkedHashSet<>();
            named.add(role);
            ROLE_PLACEHOLDER.matcher(text).results().map(m -> cast(m.group(1))).forEach(named::add);
            return List.copyOf(named);
        }

        private Role cast(String placeholder) {
            return switch (placeholder) {
                case "role" -> role;
                case "manager" -> manager;
                case "altmanager" -> altManager;
                default -> peer;
            };
        }
    }

    private Phrases() {
    }

    /** @param writer whose industry and company size the text mentions */
    static String fill(String text, Cast cast, Author writer, int months) {
        String filled = text.replace("{role}", cast.role().title())
                .replace("{manager}", title(cast.manager())).replace("{altmanager}", title(cast.altManager()))
                .replace("{peer}", title(cast.peer())).replace("{industry}", writer.industry())
                .replace("{size}", writer.size()).replace("{months}", Integer.toString(months));
        return ARTICLE.matcher(filled).replaceAll("$1n ");
    }

    private static String title(Role role) {
        return role == null ? "" : role.title();
    }
}
