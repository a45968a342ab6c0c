package org.roleatlas.articles.internal;

import java.util.List;
import java.util.Optional;

import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.RolePageSections;
import org.springframework.stereotype.Component;

/** The newest articles tagged with a role, on the role's page; a link to all of them in the feed. */
@Component
class ArticleRoleSection implements RolePageSections {

    private static final int SHOWN = 5;

    private final ArticleRepository repository;

    ArticleRoleSection(ArticleRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Section> sectionFor(Role role) {
        List<ArticleRow> articles = repository.published(role.slug(), 0, SHOWN + 1);
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        List<Link> links = articles.stream().limit(SHOWN).map(a -> new Link(a.title(), "/articles/" + a.slug()))
                .toList();
        Link more = articles.size() > SHOWN ? new Link("All articles about the " + role.shortName() + " role",
                "/articles?role=" + role.slug()) : null;
        return Optional.of(new Section("role-articles", "Articles", links, more));
    }
}
