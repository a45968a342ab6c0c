package org.roleatlas.questions.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.polls.PollForm;
import org.roleatlas.polls.PollView;
import org.roleatlas.system.PageRenderer;
import org.roleatlas.system.SiteHeader;
import org.roleatlas.votes.MemberVotes;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.posts.Viewer;
import org.roleatlas.search.Related;
import org.roleatlas.system.errors.NotFoundException;
import org.roleatlas.views.ViewCounting;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Question lists, the ask form, a question with its answers and the answer form. */
@Controller
record QuestionPageController(QuestionService questions, QuestionReads reads, Catalog catalog, QuestionPolls polls,
                              ViewCounting views, Related related, ReaderPageCache readerPages, MemberVotes votes,
                              PageRenderer renderer) {

    private static final String HTML = "text/html;charset=UTF-8";

    static final int RELATED = 5;

    @GetMapping("/questions")
    ModelAndView list(@RequestParam(required = false) String sort, @RequestParam(required = false) String role,
                      @RequestParam(required = false) Long before, @RequestParam(required = false) String page) {
        FeedQuery query = FeedQuery.of(sort, role, before, page);
        String heading = query.role() == null ? "Questions" : "Questions about " + roleName(query.role());
        return list(heading, query, new FeedLinks("/questions", query, true));
    }

    /** The role page links here: the catalogue module knows nothing of discussions (docs/decisions/0009). */
    @GetMapping("/roles/{slug}/discussions")
    ModelAndView roleDiscussions(@PathVariable String slug, @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) Long before,
                                 @RequestParam(required = false) String page) {
        Role role = catalog.snapshot().role(slug)
                .orElseThrow(() -> new NotFoundException("There is no role '" + slug + "' in the catalogue."));
        FeedQuery query = FeedQuery.of(sort, slug, before, page);
        return list("Discussions: " + role.displayName(), query,
                new FeedLinks("/roles/" + slug + "/discussions", query, false));
    }

    /**
     * The ask form; {@code ?role=} (a slug or any name of a role, as a role's discussions page links it) fills in
     * the first role input.
     */
    @GetMapping("/questions/new")
    ModelAndView askForm(@SignedIn Optional<Member> viewer, @RequestParam(required = false) String role) {
        if (viewer.isEmpty()) {
            return new ModelAndView("redirect:/sign-in");
        }
        QuestionForm form = role == null || role.isBlank() ? QuestionForm.EMPTY
                : QuestionForm.EMPTY.withRole(catalog.snapshot().resolve(role.strip()).map(Role::slug)
                        .orElse(role.strip()));
        return askPage(form, PollForm.EMPTY, Map.of(), HttpStatus.OK);
    }

    /** Another name for the ask form, kept with its {@code ?role=}. */
    @GetMapping("/questions/ask")
    ModelAndView askAlias(@RequestParam(required = false) String role) {
        return new ModelAndView("redirect:/questions/new" + (role == null || role.isBlank() ? ""
                : "?role=" + org.springframework.web.util.UriUtils.encodeQueryParam(role.strip(),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    @PostMapping("/questions")
    ModelAndView ask(@SignedIn Member author, @ModelAttribute QuestionForm form, @ModelAttribute PollForm poll) {
        try {
            long id = questions.ask(author, form.toNewQuestion().withPoll(poll.draft()));
            return new ModelAndView("redirect:/questions/" + id);
        } catch (InvalidFieldsException e) {
            return askPage(form, poll, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * Reading the page counts a view (in memory, see views.ViewCounting); a crawler's visit does not. A reader who is
     * not signed in gets the stored page's bytes with the view count of the moment.
     */
    @GetMapping("/questions/{id}")
    ModelAndView question(@PathVariable long id, @SignedIn Optional<Member> viewer,
                          @RequestParam(name = "answers", required = false) String answers, HttpServletRequest request,
                          HttpServletResponse response) throws IOException {
        AnswerOrder order = AnswerOrder.of(answers);
        ModelAndView page = null;
        if (viewer.isEmpty()) {
            ReaderPageCache.ReaderPage stored = readerPages.page(id, q -> readerPage(q, Viewer.PUBLIC));
            byte[] bytes = stored.rendered(order, o -> RenderedPage.of(renderer.render("questions/question",
                    model(stored, stored.question(), stored.poll(), o, Viewer.PUBLIC, "", Map.of(), SiteHeader.SIGNED_OUT))))
                    .with(stored.storedViews() + views.pending(id));
            response.setContentType(HTML);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } else {
            page = questionPage(id, viewer.get(), "", Map.of(), HttpStatus.OK, order);
        }
        views.view(id, viewer.map(Member::id).orElse(null), request); // after the read: a 404 counts nothing
        return page; // null: the bytes are written
    }

    @PostMapping("/questions/{id}/answers")
    ModelAndView answer(@PathVariable long id, @SignedIn Member author, @RequestParam(defaultValue = "") String body,
                        @RequestParam(defaultValue = "false") boolean anonymous) {
        try {
            long answerId = questions.answer(author, id, body, anonymous);
            return new ModelAndView("redirect:/questions/" + id + "#answer-" + answerId);
        } catch (InvalidFieldsException e) {
            return questionPage(id, author, body, e.errors(), HttpStatus.BAD_REQUEST, AnswerOrder.VOTES);
        }
    }

    private ModelAndView list(String heading, FeedQuery query, FeedLinks links) {
        QuestionViews.Page page = reads.page(query, QuestionReads.PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("page", page);
        model.put("links", links.of(page));
        model.put("role", query.role());
        model.put("roles", catalog.snapshot().roles());
        return new ModelAndView("questions/list", model);
    }

    private ModelAndView askPage(QuestionForm form, PollForm poll, Map<String, String> errors,
                                 HttpStatus status) {
        return new ModelAndView("questions/ask", Map.of("form", form, "poll", poll, "errors", errors,
                "roles", catalog.snapshot().roles()), status);
    }

    /**
     * A member's page: the page the public sees (stored and shared, see {@link ReaderPageCache}) with their own posts
     * marked and their upvotes (one query), their poll ballot, and from the view their header and CSRF token. A
     * moderator, and a member who wrote something held or hidden here, see posts the public does not: their page is
     * read for them alone.
     */
    private ModelAndView questionPage(long id, Member member, String draft, Map<String, String> errors,
                                      HttpStatus status, AnswerOrder order) {
        Viewer who = Viewer.of(member);
        ReaderPageCache.ReaderPage shared = who.moderator() ? null : sharedPage(id, member.id());
        ReaderPageCache.ReaderPage page = shared != null ? shared : readerPage(id, who);
        QuestionViews.Question question = shared == null ? page.question()
                : reads.forMember(shared.read(), member.id(), votes.onQuestionPage(member.id(), id));
        PollView poll = shared == null || shared.poll() == null ? page.poll()
                : polls.ofQuestion(id, who).orElse(null); // the member's ballot, and results shown after voting
        return new ModelAndView("questions/question", model(page, question, poll, order, who, draft, errors, null), status);
    }

    /** The stored public page, unless it lacks something this member may see (or the public may not see it). */
    private ReaderPageCache.ReaderPage sharedPage(long id, long memberId) {
        ReaderPageCache.ReaderPage page;
        try {
            page = readerPages.page(id, q -> readerPage(q, Viewer.PUBLIC));
        } catch (NotFoundException e) {
            return null; // perhaps the member's own held question
        }
        return reads.hasUnlisted(id, memberId) ? null : page;
    }

    private Map<String, Object> model(ReaderPageCache.ReaderPage page, QuestionViews.Question read, PollView poll,
                                      AnswerOrder order, Viewer who, String draft, Map<String, String> errors, SiteHeader header) {
        Map<String, Object> model = new HashMap<>();
        // views counted since the page was read are still in memory: show them, however old the stored page is
        QuestionViews.Question question = read.withViews(page.storedViews() + views.pending(read.post().id()));
        model.put("q", question.withAnswers(order.sort(question.answers())));
        model.put("answerTabs", AnswerOrder.tabs(read.post().id(), order));
        model.put("moderator", who.moderator());
        model.put("draft", draft);
        model.put("errors", errors);
        model.put("related", page.related());
        if (poll != null) {
            model.put("poll", poll);
        }
        if (header != null) {
            model.put("siteHeader", header);
        }
        return model;
    }

    private ReaderPageCache.ReaderPage readerPage(long id, Viewer who) {
        long pending = views.pending(id);
        QuestionReads.Read read = reads.read(id, who);
        return new ReaderPageCache.ReaderPage(read.question(), read.question().views() - pending,
                polls.ofQuestion(id, who).orElse(null),
                related.to(CommunitySearchSources.QUESTION, Long.toString(id), RELATED), read.authors());
    }

    private String roleName(String slug) {
        return catalog.snapshot().role(slug).map(Role::displayName).orElse(slug);
    }
}
