package org.roleatlas.members.internal;

import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.AuthoredPosts;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A member's public page, and the signed-in member's own posts. */
@Controller
record MemberPageController(Members members, AuthoredPosts posts) {

    static final int MAX_PAGE = 10_000;

    /** What anyone may read about a member: named posts only, as the reader may see them. */
    @GetMapping("/members/{username}")
    ModelAndView member(@PathVariable String username, @RequestParam(required = false) String page,
                        @SignedIn Optional<Member> viewer) {
        Member member = members.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no member '" + username + "'."));
        return page("members/member", member, Viewer.of(viewer), true, number(page),
                "/members/" + member.username());
    }

    /** The author's own list: anonymous, held and hidden posts too, each marked. */
    @GetMapping("/me/posts")
    ModelAndView mine(@SignedIn Member member, @RequestParam(required = false) String page) {
        return page("members/my-posts", member, Viewer.of(member), false, number(page), "/me/posts");
    }

    private ModelAndView page(String view, Member member, Viewer viewer, boolean named, int number, String url) {
        MemberPage page = new MemberPage(member.username(), members.signature(member), member.createdAt(),
                posts.counts(member.id(), viewer, named), posts.page(member.id(), viewer, named, number), url);
        return new ModelAndView(view, Map.of("page", page));
    }

    private static int number(String page) {
        if (page == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldsException("page", "Page: a number from 1 to 10,000");
    }
}
