package org.roleatlas.accounts.internal.email;

/**
 * The member's own address as {@code /me} shows it (never shown to anyone else).
 *
 * @param email    the address in use (password reset mail goes here), or null for a member without one
 * @param verified whether its owner opened the verification link
 * @param pending  a new address waiting for its link to be opened, or null
 */
public record EmailStatus(String email, boolean verified, String pending) {
}
