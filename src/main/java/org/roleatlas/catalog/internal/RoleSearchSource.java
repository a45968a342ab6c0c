package org.roleatlas.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Roles for the search index: title; abbreviation, slug and aliases as names; summary and every dimension value as
 * the body. Loads from the database rather than this node's snapshot, which is reloaded only after the write that
 * the indexer may already be following.
 */
@Component
record RoleSearchSource(CatalogRepository repository) implements SearchSource {

    static final String TYPE = "role";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, SearchDocument> load(Collection<String> keys) {
        CatalogSnapshot snapshot = repository.load();
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        for (String slug : keys) {
            snapshot.role(slug).ifPresent(role -> documents.put(slug, document(role, snapshot)));
        }
        return documents;
    }

    @Override
    public void forEachVisible(Consumer<SearchDocument> sink) {
        CatalogSnapshot snapshot = repository.load();
        snapshot.roles().forEach(role -> sink.accept(document(role, snapshot)));
    }

    @Override
    public long countVisible() {
        return repository.load().roles().size();
    }

    static SearchDocument document(Role role, CatalogSnapshot snapshot) {
        List<String> names = new ArrayList<>();
        if (role.abbreviation() != null) {
            names.add(role.abbreviation());
        }
        names.addAll(role.aliases());
        StringBuilder body = new StringBuilder(role.summary());
        snapshot.dimensions().forEach(d -> {
            String value = role.value(d.key());
            if (!value.isBlank()) {
                body.append("\n").append(value);
            }
        });
        return new SearchDocument(TYPE, role.slug(), role.title(), names, body.toString(), List.of(role.slug()),
                "/roles/" + role.slug(), snapshot.familyLabel(role.familyKey()), true, null);
    }
}
