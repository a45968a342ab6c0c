package org.roleatlas.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogEditing;
import org.roleatlas.catalog.CatalogRules;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.CatalogValidationException;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.roleatlas.catalog.internal.CatalogRepository.RoleOrigin;
import org.roleatlas.search.ContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps an in-memory snapshot of the catalogue in step with the database, and applies changes.
 *
 * <p>The database is the source of truth. Every write increments {@code catalog_state.version}; this node
 * reloads right after its own writes and polls the version once a second to pick up other nodes' writes.
 */
@Service
@Lazy(false)
class CatalogService implements Catalog, CatalogEditing, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final CatalogRepository repository;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private volatile CatalogSnapshot current;
    /** The catalogue this release ships, read when first needed (or the one last synchronised). */
    private volatile ShippedCatalog shipped;

    CatalogService(CatalogRepository repository, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        List<ShippedCatalog.ShippedFile> files = ShippedCatalog.files();
        if (!ShippedCatalog.hashOf(files).equals(repository.bundleHash().orElse(null))) {
            synchronise(ShippedCatalog.parse(files)); // only when this release's catalogue is new to the database
        }
        current = repository.load();
    }

    @Override
    public CatalogSnapshot snapshot() {
        return current;
    }

    @Scheduled(fixedDelayString = "${roleatlas.catalog.refresh-interval:1000}")
    void refreshIfStale() {
        if (repository.version() != current.version()) {
            current = repository.load();
        }
    }

    @Override
    public CatalogSnapshot apply(CatalogDocument changes) {
        transaction.executeWithoutResult(status -> {
            repository.lockVersion();
            Map<String, RoleOrigin> origins = repository.roleOrigins();
            write(repository.load(), changes, role -> {
                RoleOrigin before = origins.get(role.slug());
                return before == null ? new RoleOrigin("user", null, true)
                        : new RoleOrigin(before.origin(), before.shippedHash(), true);
            });
        });
        current = repository.load();
        return current;
    }

    /**
     * Brings the shipped catalogue into the database: new roles, families and frameworks are added; a shipped
     * role is updated only if nobody edited it since it was shipped. Skipped entirely when nothing shipped changed.
     */
    void synchronise(ShippedCatalog shipped) {
        if (shipped.hash().equals(repository.bundleHash().orElse(null))) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            repository.lockVersion();
            if (shipped.hash().equals(repository.bundleHash().orElse(null))) {
                return;
            }
            this.shipped = shipped;
            CatalogSnapshot before = repository.load();
            Map<String, RoleOrigin> origins = repository.roleOrigins();
            List<Located<Role>> roles = shipped.document().roles().stream()
                    .filter(r -> upgradable(origins.get(r.item().slug()), shipped.roleHashes().get(r.item().slug())))
                    .toList();
            CatalogDocument changes = new CatalogDocument(
                    shipped.document().families().stream().filter(f -> before.family(f.item().key()).isEmpty()).toList(),
                    shipped.document().frameworks().stream().filter(f -> before.framework(f.item().key()).isEmpty()).toList(),
                    roles);
            write(before, changes, role -> new RoleOrigin("shipped", shipped.roleHashes().get(role.slug()), false));
            repository.saveBundleHash(shipped.hash());
            long edited = origins.values().stream().filter(RoleOrigin::edited).count();
            log.info("Shipped catalogue synchronised: {} roles written; {} roles edited by users were left as they are",
                    roles.size(), edited);
        });
    }

    @Override
    public CatalogSnapshot lockForEdit() {
        repository.lockVersion();
        return repository.load();
    }

    @Override
    public Optional<Role> shipped(String slug) {
        return shipped().document().roles().stream().map(Located::item).filter(r -> r.slug().equals(slug)).findFirst();
    }

    @Override
    public List<ShippedChange> shippedChanges() {
        ShippedCatalog release = shipped();
        CatalogSnapshot snapshot = current;
        Map<String, RoleOrigin> origins = repository.roleOrigins();
        return release.document().roles().stream().map(Located::item)
                .filter(r -> changedSinceEdit(origins.get(r.slug()), release.roleHashes().get(r.slug())))
                .flatMap(r -> snapshot.role(r.slug()).map(now -> new ShippedChange(now, r)).stream())
                .sorted(Comparator.comparing(c -> c.current().title()))
                .toList();
    }

    @Override
    public boolean shippedChanged(String slug) {
        String hash = shipped().roleHashes().get(slug);
        return hash != null && changedSinceEdit(repository.roleOrigin(slug).orElse(null), hash);
    }

    @Override
    public void settleShipped(String slug, boolean adopted) {
        String hash = shipped().roleHashes().get(slug);
        if (hash != null) {
            repository.markShipped(slug, hash, !adopted);
        }
    }

    private ShippedCatalog shipped() {
        ShippedCatalog release = shipped;
        if (release == null) {
            release = ShippedCatalog.fromClasspath();
            shipped = release;
        }
        return release;
    }

    private static boolean changedSinceEdit(RoleOrigin origin, String shippedHash) {
        return origin != null && shippedHash != null && "shipped".equals(origin.origin()) && origin.edited()
                && !shippedHash.equals(origin.shippedHash());
    }

    private static boolean upgradable(RoleOrigin origin, String shippedHash) {
        return origin == null
                || ("shipped".equals(origin.origin()) && !origin.edited() && !shippedHash.equals(origin.shippedHash()));
    }

    private void write(CatalogSnapshot before, CatalogDocument changes, java.util.function.Function<Role, RoleOrigin> origin) {
        List<String> problems = CatalogRules.check(before, changes);
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        if (changes.isEmpty()) {
            return;
        }
        changes.families().forEach(f -> repository.upsertFamily(f.item()));
        changes.frameworks().forEach(f -> repository.upsertFramework(f.item()));
        changes.roles().forEach(r -> repository.upsertRole(r.item(), origin.apply(r.item())));
        changes.roles().forEach(r -> repository.replaceLinks(r.item()));
        repository.bumpVersion();
        // in this transaction: the search module logs each change with the write (docs/decisions/0015)
        changes.roles().forEach(r -> events.publishEvent(new ContentChanged(RoleSearchSource.TYPE, r.item().slug())));
    }
}
