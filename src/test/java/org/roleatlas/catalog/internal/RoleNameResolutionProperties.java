package org.roleatlas.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RoleNames;
import org.roleatlas.catalog.RoleTags;

/**
 * Role fields take what the comparison builder takes: any title, abbreviation, alias or slug of any shipped role
 * names that role, whatever its case and spacing.
 */
class RoleNameResolutionProperties {

    static final List<Role> ROLES = ShippedCatalog.fromClasspath().document().roles().stream().map(Located::item).toList();
    static final CatalogSnapshot SNAPSHOT = snapshot();

    private static CatalogSnapshot snapshot() {
        ShippedCatalog shipped = ShippedCatalog.fromClasspath();
        List<Framework> frameworks = shipped.document().frameworks().stream().map(Located::item).toList();
        return new CatalogSnapshot(1, shipped.document().families().stream().map(Located::item).toList(), frameworks,
                frameworks.stream().flatMap(f -> f.dimensions().stream()).distinct().toList(), ROLES);
    }

    /** Every name of every role, with the role it names. */
    static List<Tuple2<String, Role>> names() {
        List<Tuple2<String, Role>> names = new ArrayList<>();
        for (Role role : ROLES) {
            names.add(Tuple.of(role.slug(), role));
            names.add(Tuple.of(role.title(), role));
            if (role.abbreviation() != null) {
                names.add(Tuple.of(role.abbreviation(), role));
            }
            role.aliases().forEach(alias -> names.add(Tuple.of(alias, role)));
        }
        return names;
    }

    @Example
    void noTwoShippedRolesShareAName() {
        Map<String, String> owners = new HashMap<>();
        for (Tuple2<String, Role> name : names()) {
            String owner = owners.putIfAbsent(RoleNames.normalize(name.get1()), name.get2().slug());
            assertThat(owner == null || owner.equals(name.get2().slug())).as(name.get1() + " is claimed by " + owner
                    + " and " + name.get2().slug()).isTrue();
        }
    }

    @Property(tries = 600)
    void anyNameOfAnyRoleInAnyCaseAndSpacingResolvesToThatRole(@ForAll("typedNames") Tuple2<String, Role> typed) {
        RoleTags.Resolved resolved = RoleTags.resolve(List.of(typed.get1()), SNAPSHOT);

        assertThat(resolved.unknown()).as(typed.get1()).isEmpty();
        assertThat(resolved.slugs()).as(typed.get1()).containsExactly(typed.get2().slug());
        assertThat(RoleTags.problem(resolved, SNAPSHOT)).isEmpty();
    }

    @Property(tries = 200)
    void severalNamesInOneFieldResolveInOrderOnceEach(@ForAll("typedNames") Tuple2<String, Role> first,
                                                      @ForAll("typedNames") Tuple2<String, Role> second) {
        RoleTags.Resolved resolved = RoleTags.resolve(List.of(first.get1() + ", " + second.get1(), first.get1()),
                SNAPSHOT);

        assertThat(resolved.unknown()).isEmpty();
        assertThat(resolved.slugs()).containsExactlyElementsOf(
                new java.util.LinkedHashSet<>(List.of(first.get2().slug(), second.get2().slug())));
    }

    @Example
    void anUnknownNameIsNamedInTheProblemWithTheNearestRoles() {
        RoleTags.Resolved resolved = RoleTags.resolve(List.of("VPE", "Directr of Enginering"), SNAPSHOT);

        assertThat(resolved.slugs()).containsExactly("vp-of-engineering");
        assertThat(resolved.unknown()).containsExactly("Directr of Enginering");
        assertThat(RoleTags.problem(resolved, SNAPSHOT)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Roles: no role 'Directr of Enginering' in the catalogue; did you mean ")
                .contains("Director of Engineering"));
    }

    @Example
    void theNamesPeopleTypeResolve() {
        assertThat(RoleTags.resolve(List.of("VP of Engineering", "VPE", "Chief Technology Officer", "cto", "cio ciso"),
                SNAPSHOT).slugs()).containsExactly("vp-of-engineering", "cto", "cio", "ciso");
    }

    @Provide
    Arbitrary<Tuple2<String, Role>> typedNames() {
        return Arbitraries.of(names()).flatMap(name -> Arbitraries.longs().map(seed ->
                Tuple.of(retyped(name.get1(), new Random(seed)), name.get2())));
    }

    /** The name as someone might type it: letters in any case, extra spaces around and between the words. */
    private static String retyped(String name, Random random) {
        StringBuilder typed = new StringBuilder(" ".repeat(random.nextInt(3)));
        for (char c : name.toCharArray()) {
            String letter = String.valueOf(c);
            typed.append(random.nextBoolean() ? letter.toUpperCase(Locale.ROOT) : letter.toLowerCase(Locale.ROOT));
            if (c == ' ') {
                typed.append(" ".repeat(random.nextInt(3)));
            }
        }
        return typed.append(" ".repeat(random.nextInt(3))).toString();
    }
}
