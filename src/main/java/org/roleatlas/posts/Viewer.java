package org.roleatlas.posts;

import java.util.Optional;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.Member;

/**
 * Who reads, and the one rule for which posts they may see. Every read of questions, answers and comments puts
 * {@link #sees(String)} into its SQL, so the rule lives here and nowhere else:
 * <ul>
 *   <li>a deleted post is never shown;</li>
 *   <li>a visible post is shown to everyone;</li>
 *   <li>a held post (awaiting review) and a hidden post (hidden by a moderator) are shown only to their author,
 *       who sees them marked, and to moderators.</li>
 * </ul>
 *
 * @param memberId the signed-in member, or null for a reader who is not signed in
 */
public record Viewer(Long memberId, boolean moderator) {

    /** Lists and feeds read as the public does: they stay the same for everyone, so they can be cached. */
    public static final Viewer PUBLIC = new Viewer(null, false);

    public static Viewer of(Member member) {
        return new Viewer(member.id(), member.authorities().contains(Authority.MODERATOR));
    }

    public static Viewer of(Optional<Member> member) {
        return member.map(Viewer::of).orElse(PUBLIC);
    }

    /**
     * The rule as an SQL condition on the post table aliased {@code alias}. The member id is a number written into
     * the text (never user text), so the public's condition is one constant statement the database plans once.
     */
    public String sees(String alias) {
        String notDeleted = alias + ".deleted_at is null";
        if (moderator) {
            return notDeleted;
        }
        String visible = alias + ".moderation = '" + ModerationState.VISIBLE.key() + "'";
        if (memberId == null) {
            return "(" + notDeleted + " and " + visible + ")";
        }
        return "(" + notDeleted + " and (" + visible + " or " + alias + ".author_id = " + memberId.longValue() + "))";
    }

    public boolean isMember(long id) {
        return memberId != null && memberId == id;
    }
}
