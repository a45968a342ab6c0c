package org.roleatlas.editing.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.Signature;
import org.springframework.stereotype.Component;

/** Names the members who wrote revisions and suggestions, many in one query. */
@Component
class People {

    private final Members members;

    People(Members members) {
        this.members = members;
    }

    /** For each id its person; null for null, "A former member" for an id no member has any more. */
    Function<Long, EditViews.Person> named(Collection<Long> ids) {
        Map<Long, EditViews.Person> people = new HashMap<>();
        members.findAll(ids.stream().filter(Objects::nonNull).distinct().toList()).forEach((id, member) -> {
            Signature signature = members.signature(member);
            people.put(id, new EditViews.Person(signature.displayName(), signature.memberUrl()));
        });
        return id -> id == null ? null : people.getOrDefault(id, new EditViews.Person("A former member", null));
    }
}
