package org.roleatlas.editing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.accounts.Member;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogEditing;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Dimension;
import org.roleatlas.catalog.Framework;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.RoleNames;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors' changes to a framework: its name and description, and each dimension's label, description and place in
 * the order. A save is a revision (subject kind {@code framework}) and is refused when the framework changed since
 * the form was opened.
 */
@Service
record FrameworkEdits(Catalog catalog, CatalogEditing editing, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String version(Framework framework) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(framework)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Framework framework(CatalogSnapshot snapshot, String key) {
        return snapshot.framework(key).orElseThrow(() -> new NotFoundException("There is no framework '" + key + "'."));
    }

    void save(Member member, String key, String name, String description, List<EditViews.FrameworkRow> rows, String version,
              String givenReason) {
        Member editor = Editors.require(member);
        transaction.executeWithoutResult(status -> {
            CatalogSnapshot snapshot = editing.lockForEdit();
            Framework before = framework(snapshot, key);
            if (!version(before).equals(version)) {
                throw new InvalidFieldsException("form", "Someone saved this framework after you opened it; nothing "
                        + "was saved. Open it again to see the change.");
            }
            Map<String, String> errors = new LinkedHashMap<>();
            String reason = RoleInputs.reason(givenReason, RoleInputs.MAX_REASON, errors);
            Framework after = framework(key, name, description, rows, errors);
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
            if (after.equals(before)) {
                throw new InvalidFieldsException("form", "Nothing to save: the framework already reads like this.");
            }
            jdbc.sql("insert into catalog_revision (subject_kind, subject_key, kind, author_id, credited_id, reason, "
                            + "before_json, after_json, created_at) values ('framework', ?, 'edit', ?, null, ?, ?, ?, ?)")
                    .params(key, editor.id(), reason, JSON.writeValueAsString(before), JSON.writeValueAsString(after),
                            Timestamp.from(clock.instant())).update();
            try {
                catalog.apply(new CatalogDocument(List.of(), List.of(new Located<>(after, "framework " + key, 0,
                        Map.of())), List.of()));
            } catch (CatalogValidationException e) {
                throw new InvalidFieldsException("form", String.join("; ", e.problems()));
            }
        });
    }

    private static Framework framework(String key, String name, String description, List<EditViews.FrameworkRow> rows,
                                       Map<String, String> errors) {
        String cleanName = RoleInputs.clean(name);
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            errors.put("name", "Name: 1 to 200 characters");
        }
        String cleanDescription = RoleInputs.clean(description);
        if (cleanDescription.length() > 2000) {
            errors.put("description", "Description: at most 2,000 characters");
        }
        List<EditViews.FrameworkRow> ordered = new ArrayList<>(rows);
        Set<String> labels = new HashSet<>();
        List<Double> positions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EditViews.FrameworkRow row = rows.get(i);
            String label = RoleInputs.clean(row.label());
            if (label.isEmpty() || label.length() > 200) {
                errors.put("label." + row.key(), "Label of '" + row.key() + "': 1 to 200 characters");
            } else if (!labels.add(RoleNames.normalize(label))) {
                errors.put("label." + row.key(), "Label of '" + row.key() + "': another dimension has this label");
            }
            if (RoleInputs.clean(row.description()).length() > 2000) {
                errors.put("description." + row.key(), "Description of '" + row.key() + "': at most 2,000 characters");
            }
            try {
                positions.add(Double.parseDouble(RoleInputs.clean(row.position())));
            } catch (NumberFormatException e) {
                errors.put("position." + row.key(), "Position of '" + row.key() + "': a number, such as 3");
                positions.add((double) i);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(positions::get));
        List<Dimension> dimensions = order.stream().map(rows::get).map(r -> new Dimension(r.key(),
                RoleInputs.clean(r.label()), RoleInputs.clean(r.description()))).toList();
        return new Framework(key, cleanName, cleanDescription, dimensions);
    }
}
