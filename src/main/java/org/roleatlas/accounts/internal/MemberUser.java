package org.roleatlas.accounts.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal, in the session or for one token-authenticated request; carries the member's id. */
class MemberUser extends User {

    private static final long serialVersionUID = 1L;

    private final long memberId;

    MemberUser(long memberId, String username, String passwordHash, boolean active,
               Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, active, true, true, true, authorities);
        this.memberId = memberId;
    }

    long memberId() {
        return memberId;
    }
}
