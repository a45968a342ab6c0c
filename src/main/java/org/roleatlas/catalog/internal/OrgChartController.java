package org.roleatlas.catalog.internal;

import java.nio.charset.StandardCharsets;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.ReportingLines;
import org.roleatlas.catalog.Role;
import org.roleatlas.system.PublicUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation chart: a page with the chart drawn as SVG and the same tree as a nested list, and the SVG on its
 * own for download. {@code ?role=} marks one role's reporting line in both.
 */
@Controller
class OrgChartController {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final Catalog catalog;
    private final String publicBase;

    OrgChartController(Catalog catalog, ObjectProvider<PublicUrl> publicUrl) {
        this.catalog = catalog;
        PublicUrl configured = publicUrl.getIfAvailable();
        this.publicBase = configured == null ? "" : configured.base();
    }

    /** The whole catalogue drawn as an organisation: each role under its usual manager. */
    @GetMapping("/org-chart")
    String page(@RequestParam(required = false) String role, Model model) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role focus = focus(snapshot, role);
        model.addAttribute("roots", new ReportingLines(snapshot).tree());
        model.addAttribute("roleCount", snapshot.roles().size());
        model.addAttribute("focus", focus);
        model.addAttribute("chart", OrgCharts.whole(snapshot, focus, ""));
        model.addAttribute("download", "/org-chart.svg" + (focus == null ? "" : "?role=" + focus.slug()));
        return "catalog/org-chart";
    }

    /** The chart as a standalone SVG file; role links are absolute when the public address is configured. */
    @GetMapping("/org-chart.svg")
    ResponseEntity<String> svg(@RequestParam(required = false) String role) {
        CatalogSnapshot snapshot = catalog.snapshot();
        Role focus = focus(snapshot, role);
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OrgCharts.whole(snapshot, focus, publicBase);
        String name = "org-chart" + (focus == null ? "" : "-" + focus.slug()) + ".svg";
        return ResponseEntity.ok().contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(svg);
    }

    private static Role focus(CatalogSnapshot snapshot, String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        return snapshot.resolve(role.strip()).orElseThrow(() -> RolePageController.unknownRole(snapshot, role.strip()));
    }
}
