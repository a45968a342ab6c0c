package org.roleatlas.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.CatalogDocuments;
import org.roleatlas.catalog.Located;
import org.roleatlas.catalog.Role;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The catalogue that ships inside the application: {@code catalog/families.yaml},
 * {@code catalog/frameworks/*.yaml} and {@code catalog/roles/*.yaml} on the classpath.
 *
 * @param roleHashes slug to a hash of that role's file, to tell which shipped roles changed between releases
 * @param hash       a hash of every shipped file, to skip synchronisation when nothing shipped changed
 */
record ShippedCatalog(CatalogDocument document, Map<String, String> roleHashes, String hash) {

    static ShippedCatalog fromClasspath() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<CatalogDocument> documents = new ArrayList<>();
            Map<String, String> roleHashes = new HashMap<>();
            MessageDigest bundleDigest = sha256();
            for (String pattern : List.of("classpath:catalog/families.yaml", "classpath*:catalog/frameworks/*.yaml",
                    "classpath*:catalog/roles/*.yaml")) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
                for (Resource resource : resources) {
                    byte[] bytes = resource.getContentAsByteArray();
                    String url = resource.getURL().toString();
                    String name = url.substring(url.lastIndexOf("catalog/"));
                    CatalogDocument document = CatalogDocuments.read(new String(bytes, StandardCharsets.UTF_8), name);
                    documents.add(document);
                    String fileHash = HexFormat.of().formatHex(sha256().digest(bytes));
                    document.roles().stream().map(Located::item).map(Role::slug).forEach(s -> roleHashes.put(s, fileHash));
                    bundleDigest.update(name.getBytes(StandardCharsets.UTF_8));
                    bundleDigest.update(bytes);
                }
            }
            return new ShippedCatalog(CatalogDocument.merge(documents), Map.copyOf(roleHashes),
                    HexFormat.of().formatHex(bundleDigest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped catalogue", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
