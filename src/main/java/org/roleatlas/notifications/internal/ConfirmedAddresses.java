package org.roleatlas.notifications.internal;

import java.util.Optional;

import org.roleatlas.accounts.Members;
import org.roleatlas.notifications.MemberAddresses;
import org.springframework.stereotype.Component;

/** Notification mail goes to the address a member confirmed through the link mailed at sign-up or on a change. */
@Component
class ConfirmedAddresses implements MemberAddresses {

    private final Members members;

    ConfirmedAddresses(Members members) {
        this.members = members;
    }

    @Override
    public Optional<String> verifiedEmail(long memberId) {
        return members.verifiedEmail(memberId);
    }
}
