package org.roleatlas.editing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Editors' form for a framework: name, description, and each dimension's label, description and position. */
@Controller
record FrameworkEditController(Catalog catalog, FrameworkEdits edits) {

    @GetMapping("/frameworks/{key}/edit")
    ModelAndView form(@PathVariable String key, @SignedIn Member member) {
        Editors.require(member);
        Framework framework = FrameworkEdits.framework(catalog.snapshot(), key);
        List<EditViews.FrameworkRow> rows = new ArrayList<>();
        for (int i = 0; i < framework.dimensions().size(); i++) {
            Dimension d = framework.dimensions().get(i);
            rows.add(new EditViews.FrameworkRow(d.key(), d.label(), d.description(), Integer.toString(i + 1)));
        }
        return page(key, framework.name(), framework.description(), rows, FrameworkEdits.version(framework), "",
                Map.of(), HttpStatus.OK);
    }

    @PostMapping("/frameworks/{key}/edit")
    ModelAndView save(@PathVariable String key, @SignedIn Member member,
                      @RequestParam MultiValueMap<String, String> params) {
        Framework framework = FrameworkEdits.framework(catalog.snapshot(), key);
        List<EditViews.FrameworkRow> rows = framework.dimensions().stream().map(d -> new EditViews.FrameworkRow(d.key(),
                params.getFirst("label." + d.key()), params.getFirst("description." + d.key()),
                params.getFirst("position." + d.key()))).toList();
        String name = params.getFirst("name");
        String description = params.getFirst("description");
        String version = params.getFirst("version");
        String reason = params.getFirst("reason");
        try {
            edits.save(member, key, name, description, rows, version, reason);
            return new ModelAndView("redirect:/compare/cto-vs-cio?framework=" + key);
        } catch (InvalidFieldsException e) {
            return page(key, name, description, rows, version, reason, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    private static ModelAndView page(String key, String name, String description, List<EditViews.FrameworkRow> rows,
                                     String version, String reason, Map<String, String> errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("key", key);
        model.put("name", name == null ? "" : name);
        model.put("description", description == null ? "" : description);
        model.put("rows", rows);
        model.put("version", version == null ? "" : version);
        model.put("reason", reason == null ? "" : reason);
        model.put("errors", errors);
        return new ModelAndView("editing/framework", model, status);
    }
}
