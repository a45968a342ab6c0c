package org.roleatlas.questions.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.springframework.http.HttpStatus;
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
record PostEditPageController(QuestionService questions, Catalog catalog) {

    @GetMapping("/questions/{id}/edit")
    ModelAndView editQuestionForm(@PathVariable long id, @SignedIn Member member) {
        QuestionRow q = questions.ownQuestion(member, id);
        return questionForm(id, q.title(), q.bodyMarkdown(), q.roles(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/questions/{id}/edit")
    ModelAndView editQuestion(@PathVariable long id, @SignedIn Member member,
                              @RequestParam(defaultValue = "") String title,
                              @RequestParam(defaultValue = "") String body,
                              @RequestParam(required = false) List<String> roles) {
        try {
            questions.editQuestion(member, id, new QuestionService.QuestionEdit(title, body, roles));
            return new ModelAndView("redirect:/questions/" + id);
        } catch (InvalidFieldsException e) {
            return questionForm(id, title, body, roles == null ? List.of() : roles, e.errors(),
                    HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/questions/{id}/delete")
    String deleteQuestion(@PathVariable long id, @SignedIn Member member) {
        questions.deleteQuestion(member, id);
        return "redirect:/questions";
    }

    @GetMapping("/answers/{id}/edit")
    ModelAndView editAnswerForm(@PathVariable long id, @SignedIn Member member) {
        AnswerRow a = questions.ownAnswer(member, id);
        return form("/answers/" + id + "/edit", null, a.bodyMarkdown(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/answers/{id}/edit")
    ModelAndView editAnswer(@PathVariable long id, @SignedIn Member member,
                            @RequestParam(defaultValue = "") String body) {
        try {
            long questionId = questions.editAnswer(member, id, body);
            return new ModelAndView("redirect:/questions/" + questionId + "#answer-" + id);
        } catch (InvalidFieldsException e) {
            return form("/answers/" + id + "/edit", null, body, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/answers/{id}/delete")
    String deleteAnswer(@PathVariable long id, @SignedIn Member member) {
        return "redirect:/questions/" + questions.deleteAnswer(member, id);
    }

    private ModelAndView questionForm(long id, String title, String body, List<String> roles,
                                      Map<String, String> errors,
                                     HttpStatus status) {
        ModelAndView page = form("/questions/" + id + "/edit", title, body, errors, status);
        page.addObject("form", new QuestionForm(title, body, roles, false));
        page.addObject("roles", catalog.snapshot().roles());
        return page;
    }

    /** @param title null when editing an answer (it has none) */
    private static ModelAndView form(String action, String title, String body, Map<String, String> errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", action);
        model.put("title", title);
        model.put("body", body);
        model.put("errors", errors);
        return new ModelAndView("questions/edit", model, status);
    }
}
