package org.roleatlas.accounts.internal;

import java.util.Set;

import org.roleatlas.accounts.Authority;

/**
 * A member about to be created (by sign-up or the command line); the password is still plain here.
 *
 * @param email the member's address (unconfirmed), or null
 */
record NewMember(String username, String password, Profile profile, Set<Authority> authorities, String email) {

    NewMember(String username, String password, Profile profile, Set<Authority> authorities) {
        this(username, password, profile, authorities, null);
    }

    NewMember withEmail(String address) {
        return new NewMember(username, password, profile, authorities, address);
    }
}
