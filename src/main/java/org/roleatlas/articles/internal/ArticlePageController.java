package org.roleatlas.articles.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.search.Related;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The feed, an article, its history, and the editors' forms (plain forms with the session's CSRF token). */
@Controller
record ArticlePageController(ArticleService articles, ArticleReads reads, ArticleDisplay display, Catalog catalog,
                             Related related) {

    @GetMapping("/articles")
    ModelAndView feed(@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page,
                      @SignedIn Optional<Member> viewer) {
        boolean editor = viewer.filter(Editors::isEditor).isPresent();
        List<ArticleRow> rows = reads.published(role, page);
        String base = "/articles?" + (role == null ? "" : "role=" + URLEncoder.encode(role, StandardCharsets.UTF_8) + "&");
        String next = rows.size() > ArticleReads.PAGE_SIZE ? base + "page=" + (page + 1) : null;
        List<ArticleViews.Item> drafts = editor ? reads.items(reads.drafts()) : List.of();
        String heading = role == null ? "Articles"
                : "Articles about " + catalog.snapshot().role(role).map(Role::displayName).orElse(role);
        return new ModelAndView("articles/feed", Map.of("feed", new ArticleViews.Feed(heading, role,
                reads.items(rows.stream().limit(ArticleReads.PAGE_SIZE).toList()), drafts, editor, next)));
    }

    @GetMapping("/articles/new")
    ModelAndView newForm(@SignedIn Member member) {
        Editors.editor(member);
        return form("/articles", "Write an article", ArticleViews.Form.EMPTY, true, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/articles")
    ModelAndView create(@SignedIn Member member, @ModelAttribute ArticleViews.Form form,
                        @RequestParam(defaultValue = "draft") String action) {
        Member editor = Editors.editor(member);
        try {
            return redirect(articles.create(editor, form.toDraft(), "publish".equals(action)));
        } catch (InvalidFieldsException e) {
            return form("/articles", "Write an article", form, true, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, @SignedIn Optional<Member> viewer, CsrfToken csrf) {
        ArticleRow row = reads.visible(slug, viewer);
        Map<String, Object> model = new HashMap<>();
        // the token is asked for only for a member: an anonymous reader's visit creates no session
        model.put("a", display.article(row, viewer, viewer.isPresent() ? csrf : null));
        model.put("related", related.to(ArticleSearchSource.TYPE, row.slug(), 5)); // drafts are not indexed: none
        return new ModelAndView("articles/article", model);
    }

    @GetMapping("/articles/{slug}/history")
    ModelAndView history(@PathVariable String slug, @SignedIn Optional<Member> viewer) {
        ArticleRow row = reads.visible(slug, viewer);
        return new ModelAndView("articles/history", Map.of("h", display.history(row)));
    }

    @GetMapping("/articles/{slug}/edit")
    ModelAndView editForm(@PathVariable String slug, @SignedIn Member member) {
        Member editor = Editors.editor(member);
        ArticleRow row = reads.visible(slug, Optional.of(editor));
        return form("/articles/" + slug + "/edit", "Edit: " + row.title(), new ArticleViews.Form(row.title(),
                row.summary(), row.bodyMarkdown(), row.roles()), false, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/articles/{slug}/edit")
    ModelAndView edit(@PathVariable String slug, @SignedIn Member member, @ModelAttribute ArticleViews.Form form) {
        Member editor = Editors.editor(member);
        try {
            articles.edit(editor, slug, form.toDraft());
            return redirect(slug);
        } catch (InvalidFieldsException e) {
            return form("/articles/" + slug + "/edit", "Edit: " + form.title(), form, false, e.errors(),
                    HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/articles/{slug}/publish")
    ModelAndView publish(@PathVariable String slug, @SignedIn Member member) {
        articles.publish(Editors.editor(member), slug);
        return redirect(slug);
    }

    @PostMapping("/articles/{slug}/delete")
    ModelAndView delete(@PathVariable String slug, @SignedIn Member member) {
        articles.delete(Editors.editor(member), slug);
        return new ModelAndView("redirect:/articles");
    }

    private static ModelAndView redirect(String slug) {
        return new ModelAndView("redirect:/articles/" + slug);
    }

    /** The form is shown to a signed-in editor: the CSRF token is in the model already (accounts.SignedIn). */
    private ModelAndView form(String action, String heading, ArticleViews.Form form, boolean isNew,
                              Map<String, String> errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("heading", heading);
        model.put("form", form);
        model.put("isNew", isNew);
        model.put("errors", errors);
        model.put("roles", catalog.snapshot().roles());
        return new ModelAndView("articles/form", model, status);
    }
}
