package org.roleatlas.compare;

import java.util.List;

import org.roleatlas.catalog.Role;
import org.roleatlas.system.errors.NotFoundException;

/** A comparison named a role the catalogue does not have; carries the closest roles so pages can offer them. */
class UnknownRoleException extends NotFoundException {

    private final String name;
    private final List<Role> closest;

    UnknownRoleException(String name, List<Role> closest) {
        super("There is no role '" + name + "' in the catalogue.", closest.stream()
                .map(r -> new Suggestion(r.displayName(), "/roles/" + r.slug())).toList());
        this.name = name;
        this.closest = List.copyOf(closest);
    }

    String name() {
        return name;
    }

    List<Role> closest() {
        return closest;
    }
}
