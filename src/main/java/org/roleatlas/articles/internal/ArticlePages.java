package org.roleatlas.articles.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.roleatlas.search.Related;
import org.roleatlas.system.InvalidFieldsException;
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
class ArticlePages {

    private final ArticleService articles;
    private final ArticleReads reads;
    private final ArticleDisplay display;
    private final Editors editors;
    private final Catalog catalog;
    private final Related related;

    ArticlePages(ArticleService articles, ArticleReads reads, ArticleDisplay display, Editors editors,
                 Catalog catalog, Related related) {
        this.related = related;
        this.articles = articles;
        this.reads = reads;
        this.display = display;
        this.editors = editors;
        this.catalog = catalog;
    }

    @GetMapping("/articles")
    ModelAndView feed(@RequestParam(required = false) String role, @RequestParam(defaultValue = "0") int page,
                      Principal principal, HttpServletResponse response) {
        boolean editor = editors.viewer(principal).filter(Editors::isEditor).isPresent();
        List<ArticleRow> rows = reads.published(role, page);
        String base = "/articles?" + (role == null ? "" : "role=" + URLEncoder.encode(role, StandardCharsets.UTF_8) + "&");
        String next = rows.size() > ArticleReads.PAGE_SIZE ? base + "page=" + (page + 1) : null;
        List<ArticleViews.Item> drafts = List.of();
        if (editor) {
            response.setHeader("Cache-Control", "no-store");
            drafts = reads.items(reads.drafts());
        }
        String heading = role == null ? "Articles"
                : "Articles about " + catalog.snapshot().role(role).map(Role::displayName).orElse(role);
        return new ModelAndView("articles/feed", Map.of("feed", new ArticleViews.Feed(heading, role,
                reads.items(rows.stream().limit(ArticleReads.PAGE_SIZE).toList()), drafts, editor, next)));
    }

    @GetMapping("/articles/new")
    ModelAndView newForm(Principal principal, CsrfToken csrf, HttpServletResponse response) {
        if (principal == null) {
            return new ModelAndView("redirect:/sign-in");
        }
        editors.editor(principal);
        return form("/articles", "Write an article", ArticleViews.Form.EMPTY, true, Map.of(), csrf, HttpStatus.OK,
                response);
    }

    @PostMapping("/articles")
    ModelAndView create(Principal principal, @ModelAttribute ArticleViews.Form form,
                        @RequestParam(defaultValue = "draft") String action, CsrfToken csrf,
                        HttpServletResponse response) {
        Member editor = editors.editor(principal);
        try {
            return redirect(articles.create(editor, form.toDraft(), "publish".equals(action)));
        } catch (InvalidFieldsException e) {
            return form("/articles", "Write an article", form, true, e.errors(), csrf, HttpStatus.BAD_REQUEST,
                    response);
        }
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, Principal principal, CsrfToken csrf,
                         HttpServletResponse response) {
        Optional<Member> viewer = editors.viewer(principal);
        ArticleRow row = reads.visible(slug, viewer);
        Map<String, Object> model = new HashMap<>();
        if (viewer.isPresent()) {
            response.setHeader("Cache-Control", "no-store");
            model.put("csrf", csrf); // asked for only now: an anonymous reader's visit creates no session
        }
        model.put("a", display.article(row, viewer, principal, viewer.isPresent() ? csrf : null));
        model.put("related", related.to(ArticleSearchSource.TYPE, row.slug(), 5)); // drafts are not indexed: none
        return new ModelAndView("articles/article", model);
    }

    @GetMapping("/articles/{slug}/history")
    ModelAndView history(@PathVariable String slug, Principal principal) {
        ArticleRow row = reads.visible(slug, editors.viewer(principal));
        return new ModelAndView("articles/history", Map.of("h", display.history(row)));
    }

    @GetMapping("/articles/{slug}/edit")
    ModelAndView editForm(@PathVariable String slug, Principal principal, CsrfToken csrf,
                          HttpServletResponse response) {
        Member editor = editors.editor(principal);
        ArticleRow row = reads.visible(slug, Optional.of(editor));
        return form("/articles/" + slug + "/edit", "Edit: " + row.title(), new ArticleViews.Form(row.title(),
                row.summary(), row.bodyMarkdown(), row.roles()), false, Map.of(), csrf, HttpStatus.OK, response);
    }

    @PostMapping("/articles/{slug}/edit")
    ModelAndView edit(@PathVariable String slug, Principal principal, @ModelAttribute ArticleViews.Form form,
                      CsrfToken csrf, HttpServletResponse response) {
        Member editor = editors.editor(principal);
        try {
            articles.edit(editor, slug, form.toDraft());
            return redirect(slug);
        } catch (InvalidFieldsException e) {
            return form("/articles/" + slug + "/edit", "Edit: " + form.title(), form, false, e.errors(), csrf,
                    HttpStatus.BAD_REQUEST, response);
        }
    }

    @PostMapping("/articles/{slug}/publish")
    ModelAndView publish(@PathVariable String slug, Principal principal) {
        articles.publish(editors.editor(principal), slug);
        return redirect(slug);
    }

    @PostMapping("/articles/{slug}/delete")
    ModelAndView delete(@PathVariable String slug, Principal principal) {
        articles.delete(editors.editor(principal), slug);
        return new ModelAndView("redirect:/articles");
    }

    private static ModelAndView redirect(String slug) {
        return new ModelAndView("redirect:/articles/" + slug);
    }

    private ModelAndView form(String action, String heading, ArticleViews.Form form, boolean isNew,
                              Map<String, String> errors, CsrfToken csrf, HttpStatus status,
                              HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("heading", heading);
        model.put("form", form);
        model.put("isNew", isNew);
        model.put("errors", errors);
        model.put("roles", catalog.snapshot().roles());
        model.put("csrf", csrf);
        return new ModelAndView("articles/form", model, status);
    }
}
