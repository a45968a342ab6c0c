package org.roleatlas.accounts;

/** What a member may do beyond reading: every member is a {@code member}; editors and moderators are granted. */
public enum Authority {
    MEMBER, EDITOR, MODERATOR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
