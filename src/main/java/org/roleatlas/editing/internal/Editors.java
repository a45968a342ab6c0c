package org.roleatlas.editing.internal;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;
import org.roleatlas.system.errors.ForbiddenException;

/** Who may change the catalogue: active members with the editor authority ({@code member add --editor}). */
final class Editors {

    private Editors() {
    }

    static boolean isEditor(Member member) {
        return member != null && member.active() && member.authorities().contains(Authority.EDITOR);
    }

    static Member require(Member member) {
        if (!isEditor(member)) {
            throw new ForbiddenException("Only editors change the catalogue; members may suggest an edit.");
        }
        return member;
    }
}
