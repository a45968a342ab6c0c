package org.roleatlas.editing.internal;

import org.roleatlas.accounts.Member;
import org.roleatlas.system.errors.ForbiddenException;

/** Who may change the catalogue: active members with the editor authority ({@code member add --editor}). */
final class Editors {

    private Editors() {
    }

    static boolean isEditor(Member member) {
        return member != null && member.isEditor();
    }

    static Member require(Member member) {
        if (member == null || !member.isEditor()) {
            throw new ForbiddenException("Only editors change the catalogue; members may suggest an edit.");
        }
        return member;
    }
}
