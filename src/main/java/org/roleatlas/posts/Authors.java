package org.roleatlas.posts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.Signature;
import org.springframework.stereotype.Component;

/**
 * How authors sign, through the accounts module. Who is asking: an {@link org.roleatlas.accounts.SignedIn} parameter.
 */
@Component
public class Authors {

    private final Members members;

    Authors(Members members) {
        this.members = members;
    }

    /** Signatures for one response; each author is read once however many posts they wrote. */
    public Signer signer() {
        return new Signer();
    }

    /** Signatures for one response whose authors are known up front: all of them are read in one query. */
    public Signer signer(Collection<Long> authorIds) {
        return new Signer().preload(authorIds);
    }

    public final class Signer {

        /** Each author's two signatures: the full one and the coarse one of their anonymous posts. */
        private record Signatures(Signature full, Signature anonymous) {
        }

        private final Map<Long, Signatures> byMember = new HashMap<>();

        /** Reads the authors not read yet, all in one query, before their posts are signed one by one. */
        public Signer preload(Collection<Long> authorIds) {
            List<Long> unread = authorIds.stream().filter(id -> !byMember.containsKey(id)).distinct().toList();
            if (!unread.isEmpty()) {
                Map<Long, Member> found = members.findAll(unread);
                unread.forEach(id -> byMember.put(id, signature(Optional.ofNullable(found.get(id)))));
            }
            return this;
        }

        /**
         * An anonymous post is signed coarsely ({@link Members#anonymousSignature}: role family, industry and a wide
         * size band, never the name or the free-text title), so it cannot be matched to the author's named posts.
         */
        public Signature sign(long authorId, boolean anonymous) {
            Signatures signatures = byMember.computeIfAbsent(authorId, id -> signature(members.find(id)));
            return anonymous ? signatures.anonymous() : signatures.full();
        }

        /** No member (e.g. a placeholder row): signed like an anonymous post without a profile. */
        private Signatures signature(Optional<Member> member) {
            Signature none = Signature.ofAnonymous(null, null, null);
            return member.map(m -> new Signatures(members.signature(m), members.anonymousSignature(m)))
                    .orElse(new Signatures(none, none));
        }
    }
}
