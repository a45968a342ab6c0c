package org.roleatlas.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.roleatlas.accounts.CompanySize;
import org.roleatlas.accounts.Industry;
import org.roleatlas.accounts.MemberBulkLoad.BulkMember;
import org.roleatlas.catalog.Role;
import org.roleatlas.polls.Ballot;

/**
 * The sample members. The first ones cycle through every industry, every company size band and every catalogue
 * role, so each is represented (and a poll's breakdown has groups to show); the rest are drawn at random.
 */
final class DemoMembers {

    private static final List<String> FIRST = List.of("Amara", "Bjorn", "Chen", "Dalia", "Emeka", "Farah", "Goran",
            "Hana", "Ines", "Jonas", "Kavya", "Luis", "Mirela", "Nikhil", "Olga", "Pablo", "Qiu", "Rosa", "Samir",
            "Tomasz", "Uma", "Viktor", "Wanjiru", "Xavier", "Yara", "Zeynep", "Aiko", "Bruno", "Carmen", "Dmitri",
            "Esther", "Felix", "Grace", "Hugo", "Ingrid", "Jamal", "Keiko", "Lena", "Mateo", "Nadia");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Wei", "Haddad", "Nwosu", "Rahman",
            "Petrovic", "Sato", "Moreau", "Becker", "Iyer", "Ortega", "Popescu", "Mehta", "Volkova", "Ruiz", "Lin",
            "Ferreira", "Khalil", "Nowak", "Desai", "Horvat", "Mwangi", "Lambert", "Cohen", "Demir", "Tanaka",
            "Costa", "Alvarez", "Ivanov", "Mensah", "Keller", "Osei", "Dubois", "Berg", "Farouk", "Mori", "Novak",
            "Herrera", "Sousa");

    /**
     * A member as the generator needs it once stored: who posts, what their posts may mention, and the traits a
     * ballot of theirs carries (industry and size keys, role family).
     */
    record Author(long id, String industry, String size, Ballot traits) {
    }

    private DemoMembers() {
    }

    /**
     * @param suffix appended to every username (empty, or "-2", "-3"... when an earlier sample used the names)
     */
    static List<BulkMember> generate(int count, List<Role> roles, Writing.MemberRules rules, long seed, Instant now,
                                     String suffix) {
        Random random = new Random(seed ^ 0x6d656d62L);
        List<String> first = shuffled(FIRST, random);
        List<String> last = shuffled(LAST, random);
        List<Role> cycle = shuffled(roles.stream().sorted(Comparator.comparing(Role::slug)).toList(), random);
        Industry[] industries = Industry.values();
        CompanySize[] sizes = CompanySize.values();
        List<BulkMember> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String given = first.get(i % first.size());
            String family = last.get((i / first.size() + i) % last.size());
            int round = i / (first.size() * last.size());
            String username = (given + "." + family).toLowerCase(Locale.ROOT) + (round == 0 ? "" : round + 1) + suffix;
            boolean covering = i < Math.max(roles.size(), industries.length * sizes.length);
            Role role = covering ? cycle.get(i % cycle.size()) : roles.get(random.nextInt(roles.size()));
            Industry industry = covering ? industries[i % industries.length] : industries[random.nextInt(industries.length)];
            CompanySize size = plausibleSize(role, covering ? sizes[(i + i / industries.length) % sizes.length]
                    : sizes[random.nextInt(sizes.length)], rules);
            Instant joined = now.minus(Duration.ofDays(400 + random.nextInt(1500)));
            String title = jobTitle(role, size, random, rules);
            if (rules.smallCompanyTitles().contains(title) && industry == Industry.GOVERNMENT) {
                industry = Industry.PROFESSIONAL_SERVICES; // nobody founds a government agency
            }
            members.add(new BulkMember(username, given + " " + family, title, role.slug(), industry, size, joined));
        }
        return members;
    }

    /** The band moved into the sizes of company where the role is usual (no Distinguished Engineer among ten people). */
    private static CompanySize plausibleSize(Role role, CompanySize size, Writing.MemberRules rules) {
        int smallest = band(rules.smallestCompany().get(role.slug()), 0);
        int largest = band(rules.largestCompany().get(role.slug()), CompanySize.values().length - 1);
        int ordinal = size.ordinal();
        if (ordinal < smallest || ordinal > largest) {
            ordinal = smallest + ordinal % (largest - smallest + 1);
        }
        return CompanySize.values()[ordinal];
    }

    private static int band(String key, int otherwise) {
        return key == null ? otherwise : CompanySize.parse(key).orElseThrow(() -> new IllegalStateException(
                "demo/topics.yaml: no company size band '" + key + "'")).ordinal();
    }

    /**
     * Usually the catalogue title; sometimes one of the role's other names, as people write their own titles, but a
     * founder's title only at a small company and a group title only at a large one.
     */
    private static String jobTitle(Role role, CompanySize size, Random random, Writing.MemberRules rules) {
        if (!role.aliases().isEmpty() && random.nextInt(4) == 0) {
            String alias = role.aliases().get(random.nextInt(role.aliases().size()));
            boolean small = rules.smallCompanyTitles().contains(alias);
            boolean large = rules.largeCompanyTitles().contains(alias);
            if ((!small || size.ordinal() <= CompanySize.S51_200.ordinal())
                    && (!large || size.ordinal() >= CompanySize.S5001_10000.ordinal())) {
                return alias;
            }
        }
        return role.title();
    }

    /** The stored member as an author; {@code family} is the family of their linked role. */
    static Author author(long id, BulkMember member, String family) {
        return new Author(id, industryPhrase(member.industry()), member.companySize().label(),
                new Ballot(0, member.industry().key(), member.companySize().key(), family));
    }

    /** How posts mention an industry ("in financial services"); "Other" reads as a sector of its own. */
    private static String industryPhrase(Industry industry) {
        return industry == Industry.OTHER ? "a niche sector" : industry.label().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
