package org.roleatlas.questions.internal;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.posts.Authors;
import org.roleatlas.system.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Authors edit (title, text and role tags of a question) and delete their own questions and answers; anyone else gets
 * 403 from {@link QuestionService}.
 */
@Controller
class PostEditPageController {

    private final QuestionService questions;
    private final Authors authors;
    private final Catalog catalog;

    PostEditPageController(QuestionService questions, Authors authors, Catalog catalog) {
        this.questions = questions;
        this.authors = authors;
        this.catalog = catalog;
    }

    @GetMapping("/questions/{id}/edit")
    ModelAndView editQuestionForm(@PathVariable long id, Principal principal, CsrfToken csrf,
                                  HttpServletResponse response) {
        QuestionRow q = questions.ownQuestion(authors.writer(principal), id);
        return questionForm(id, q.title(), q.bodyMarkdown(), q.roles(), Map.of(), csrf, HttpStatus.OK, response);
    }

    @PostMapping("/questions/{id}/edit")
    ModelAndView editQuestion(@PathVariable long id, Principal principal, @RequestParam(defaultValue = "") String title,
                              @RequestParam(defaultValue = "") String body,
                              @RequestParam(required = false) List<String> roles, CsrfToken csrf,
                              HttpServletResponse response) {
        try {
            questions.editQuestion(authors.writer(principal), id, new QuestionService.QuestionEdit(title, body, roles));
            return new ModelAndView("redirect:/questions/" + id);
        } catch (InvalidFieldsException e) {
            return questionForm(id, title, body, roles == null ? List.of() : roles, e.errors(), csrf,
                    HttpStatus.BAD_REQUEST, response);
        }
    }

    @PostMapping("/questions/{id}/delete")
    String deleteQuestion(@PathVariable long id, Principal principal) {
        questions.deleteQuestion(authors.writer(principal), id);
        return "redirect:/questions";
    }

    @GetMapping("/answers/{id}/edit")
    ModelAndView editAnswerForm(@PathVariable long id, Principal principal, CsrfToken csrf,
                                HttpServletResponse response) {
        AnswerRow a = questions.ownAnswer(authors.writer(principal), id);
        return form("/answers/" + id + "/edit", null, a.bodyMarkdown(), Map.of(), csrf, HttpStatus.OK, response);
    }

    @PostMapping("/answers/{id}/edit")
    ModelAndView editAnswer(@PathVariable long id, Principal principal, @RequestParam(defaultValue = "") String body,
                            CsrfToken csrf, HttpServletResponse response) {
        try {
            long questionId = questions.editAnswer(authors.writer(principal), id, body);
            return new ModelAndView("redirect:/questions/" + questionId + "#answer-" + id);
        } catch (InvalidFieldsException e) {
            return form("/answers/" + id + "/edit", null, body, e.errors(), csrf, HttpStatus.BAD_REQUEST, response);
        }
    }

    @PostMapping("/answers/{id}/delete")
    String deleteAnswer(@PathVariable long id, Principal principal) {
        return "redirect:/questions/" + questions.deleteAnswer(authors.writer(principal), id);
    }

    private ModelAndView questionForm(long id, String title, String body, List<String> roles,
                                      Map<String, String> errors, CsrfToken csrf, HttpStatus status,
                                      HttpServletResponse response) {
        ModelAndView page = form("/questions/" + id + "/edit", title, body, errors, csrf, status, response);
        page.addObject("form", new QuestionForm(title, body, roles, false));
        page.addObject("roles", catalog.snapshot().roles());
        return page;
    }

    /** @param title null when editing an answer (it has none) */
    private static ModelAndView form(String action, String title, String body, Map<String, String> errors,
                                     CsrfToken csrf, HttpStatus status, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("title", title);
        model.put("body", body);
        model.put("errors", errors);
        model.put("csrf", csrf);
        return new ModelAndView("questions/edit", model, status);
    }
}
