package org.roleatlas.articles.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.system.errors.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who is reading or writing (from the web session or the API token), and how an article is signed. */
@Component
class Editors {

    /** The byline of the articles the project ships, which no member wrote. */
    static final String EDITORIAL_BYLINE = "RoleAtlas editorial team";

    private final Members members;

    Editors(Members members) {
        this.members = members;
    }

    static boolean isEditor(Member member) {
        return member != null && member.isEditor();
    }

    /**
     * The signed-in member ({@link org.roleatlas.accounts.SignedIn}, read fresh: a member who lost the editor
     * authority can no longer write), if an editor.
     *
     * @throws ForbiddenException unless the member is an active editor
     */
    static Member editor(Member member) {
        if (!isEditor(member)) {
            throw new ForbiddenException("Only editors write articles.");
        }
        return member;
    }

    String byline(Long authorId) {
        return bylines(Collections.singletonList(authorId)).apply(authorId);
    }

    /**
     * The bylines of many articles or revisions, their authors read in one query: the returned function gives the
     * byline of each author id (null, or a member no longer there: the editorial byline).
     */
    Function<Long, String> bylines(Collection<Long> authorIds) {
        Set<Long> ids = authorIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        members.findAll(ids).forEach((id, member) -> names.put(id, members.signature(member).displayName()));
        return id -> id == null ? EDITORIAL_BYLINE : names.getOrDefault(id, EDITORIAL_BYLINE);
    }
}
