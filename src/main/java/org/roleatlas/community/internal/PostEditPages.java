package org.roleatlas.community.internal;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Authors edit and delete their own questions and answers; anyone else gets 403 from {@link QuestionService}. */
@Controller
class PostEditPages {

    private final QuestionService questions;
    private final Authors authors;

    PostEditPages(QuestionService questions, Authors authors) {
        this.questions = questions;
        this.authors = authors;
    }

    @GetMapping("/questions/{id}/edit")
    ModelAndView editQuestionForm(@PathVariable long id, Principal principal, CsrfToken csrf,
                                  HttpServletResponse response) {
        QuestionRow q = questions.ownQuestion(authors.writer(principal), id);
        return form("/questions/" + id + "/edit", q.title(), q.bodyMarkdown(), Map.of(), csrf, HttpStatus.OK, response);
    }

    @PostMapping("/questions/{id}/edit")
    ModelAndView editQuestion(@PathVariable long id, Principal principal, @RequestParam(defaultValue = "") String title,
                              @RequestParam(defaultValue = "") String body, CsrfToken csrf, HttpServletResponse response) {
        try {
            questions.editQuestion(authors.writer(principal), id, title, body);
            return new ModelAndView("redirect:/questions/" + id);
        } catch (InvalidPostException e) {
            return form("/questions/" + id + "/edit", title, body, e.errors(), csrf, HttpStatus.BAD_REQUEST, response);
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
        } catch (InvalidPostException e) {
            return form("/answers/" + id + "/edit", null, body, e.errors(), csrf, HttpStatus.BAD_REQUEST, response);
        }
    }

    @PostMapping("/answers/{id}/delete")
    String deleteAnswer(@PathVariable long id, Principal principal) {
        return "redirect:/questions/" + questions.deleteAnswer(authors.writer(principal), id);
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
        return new ModelAndView("community/edit", model, status);
    }
}
