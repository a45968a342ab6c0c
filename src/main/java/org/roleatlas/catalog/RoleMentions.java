package org.roleatlas.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the catalogue roles a piece of prose names: "Usually reports to the CTO; in smaller companies to the Head of
 * Engineering" names {@code cto} and {@code head-of-engineering}. A role is recognised by its title, abbreviation or
 * an alias, compared loosely (case, punctuation and a plural or possessive "s" do not matter); where names overlap
 * the longest wins, so "Senior Engineering Manager" is not also read as "Engineering Manager". A name two roles
 * share names neither.
 */
public final class RoleMentions {

    /** One role named in a text: which, by what name, and the words it starts and ends at (normalised words). */
    public record Mention(Role role, String name, int firstWord, int lastWord) {
    }

    private record Name(String[] words, Role role, String text) {
    }

    /** Names by their first word, longest first. */
    private final Map<String, List<Name>> byFirstWord;

    public RoleMentions(List<Role> roles) {
        Map<String, Role> owners = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (Role role : roles) {
            for (String name : namesOf(role)) {
                Role other = owners.putIfAbsent(name, role);
                if (other != null && !other.slug().equals(role.slug())) {
                    shared.add(name);
                }
            }
        }
        Map<String, List<Name>> index = new HashMap<>();
        owners.forEach((name, role) -> {
            if (!shared.contains(name)) {
                String[] words = name.split(" ");
                index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(words, role, name));
            }
        });
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> -n.words().length)
                .thenComparing(Name::text)));
        this.byFirstWord = index;
    }

    public static RoleMentions of(CatalogSnapshot snapshot) {
        return new RoleMentions(snapshot.roles());
    }

    /** Title, abbreviation and aliases, normalised; not the slug, which prose does not use. */
    private static Set<String> namesOf(Role role) {
        Set<String> names = new LinkedHashSet<>();
        names.add(RoleNames.normalize(role.title()));
        if (role.abbreviation() != null) {
            names.add(RoleNames.normalize(role.abbreviation()));
        }
        role.aliases().forEach(alias -> names.add(RoleNames.normalize(alias)));
        names.remove("");
        return names;
    }

    /** The roles the text names, in the order they appear (a role named twice appears twice). */
    public List<Mention> in(String text) {
        String[] words = RoleNames.normalize(text == null ? "" : text).split(" ");
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Name match = longestAt(words, i);
            if (match == null) {
                i++;
            } else {
                int last = i + match.words().length - 1;
                if (last + 1 < words.length && words[last + 1].equals("s")) {
                    last++; // "the CISO's organisation" normalises to "the ciso s organisation"
                }
                mentions.add(new Mention(match.role(), match.text(), i, last));
                i = last + 1;
            }
        }
        return mentions;
    }

    /** The slugs of the roles the text names, each once, in order of first mention. */
    public Set<String> slugsIn(String text) {
        Set<String> slugs = new LinkedHashSet<>();
        in(text).forEach(m -> slugs.add(m.role().slug()));
        return slugs;
    }

    private Name longestAt(String[] words, int start) {
        for (Name name : byFirstWord.getOrDefault(words[start], List.of())) {
            if (matchesAt(words, start, name.words())) {
                return name;
            }
        }
        // a plural first and only word: "CTOs", "developers"
        String singular = words[start].endsWith("s") ? words[start].substring(0, words[start].length() - 1) : null;
        if (singular != null) {
            for (Name name : byFirstWord.getOrDefault(singular, List.of())) {
                if (name.words().length == 1) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] words, int start, String[] name) {
        if (start + name.length > words.length) {
            return false;
        }
        for (int j = 0; j < name.length; j++) {
            String word = words[start + j];
            boolean last = j == name.length - 1;
            if (!word.equals(name[j]) && !(last && word.equals(name[j] + "s"))) {
                return false;
            }
        }
        return true;
    }
}
