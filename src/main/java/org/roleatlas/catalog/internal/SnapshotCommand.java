package org.roleatlas.catalog.internal;

import java.util.concurrent.Callable;

import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.system.CliCommand;

/** A command that prints from the catalogue as it is when it runs: {@code roles} and {@code show}. */
abstract class SnapshotCommand implements CliCommand, Callable<Integer> {

    private final Catalog catalog;

    SnapshotCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public final Integer call() {
        print(catalog.snapshot());
        return 0;
    }

    /** @throws org.roleatlas.system.CliException when the arguments name nothing the catalogue has */
    abstract void print(CatalogSnapshot snapshot);
}
