package org.roleatlas.home.internal;

import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.compare.ComparisonPath;
import org.roleatlas.compare.Comparisons;
import org.roleatlas.compare.WellKnownComparisons;
import org.roleatlas.questions.QuestionFeed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the comparison builder, well-known comparisons, the community's newest and most viewed questions
 * (through the questions module's public {@link org.roleatlas.questions.QuestionFeed}, kept briefly by
 * {@link HomeHighlights}) and the catalogue's families.
 */
@Controller
record HomeController(Catalog catalog, HomeHighlights questions) {

    /** Questions people keep asking, as comparisons; every slug must exist (a test checks). */
    static final List<List<String>> POPULAR = WellKnownComparisons.SLUGS;

    @GetMapping("/")
    String home(Model model) {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<Map.Entry<String, List<Role>>> popular = POPULAR.stream()
                .map(slugs -> Map.entry(ComparisonPath.of(slugs),
                        slugs.stream().flatMap(s -> snapshot.role(s).stream()).toList()))
                .filter(entry -> entry.getValue().size() >= Comparisons.MIN_ROLES)
                .toList();
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("popular", popular);
        model.addAttribute("questions", questions.highlights());
        return "home/home";
    }
}
