package org.roleatlas.accounts.internal;

import java.util.Set;

import org.roleatlas.accounts.Authority;

/** A member about to be created (by sign-up or the command line); the password is still plain here. */
record NewMember(String username, String password, Profile profile, Set<Authority> authorities) {
}
