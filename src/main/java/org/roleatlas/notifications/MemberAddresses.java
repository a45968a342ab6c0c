package org.roleatlas.notifications;

import java.util.Optional;

/**
 * Where a member's notification mail goes: implemented by the module that keeps members' email addresses. Without an
 * implementation (or without a verified address) notifications stay in the inbox and nothing is mailed.
 */
public interface MemberAddresses {

    /** The member's verified email address, or empty if they have none. */
    Optional<String> verifiedEmail(long memberId);
}
