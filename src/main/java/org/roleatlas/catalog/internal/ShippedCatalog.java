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

    /** One shipped file: its name under {@code catalog/} and its bytes. */
    record ShippedFile(String name, byte[] bytes) {
    }

    static ShippedCatalog fromClasspath() {
        return parse(files());
    }

    /** The shipped files in a stable order (families, frameworks, roles; by name). */
    static List<ShippedFile> files() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            List<ShippedFile> files = new ArrayList<>();
            for (String pattern : List.of("classpath:catalog/families.yaml", "classpath*:catalog/frameworks/*.yaml",
                    "classpath*:catalog/roles/*.yaml")) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
                for (Resource resource : resources) {
                    String url = resource.getURL().toString();
                    files.add(new ShippedFile(url.substring(url.lastIndexOf("catalog/")), resource.getContentAsByteArray()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped catalogue", e);
        }
    }

    /** A hash of every file's name and bytes: cheap, so a start can skip parsing when nothing shipped changed. */
    static String hashOf(List<ShippedFile> files) {
        MessageDigest digest = sha256();
        for (ShippedFile file : files) {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update(file.bytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static ShippedCatalog parse(List<ShippedFile> files) {
        List<CatalogDocument> documents = new ArrayList<>();
        Map<String, String> roleHashes = new HashMap<>();
        for (ShippedFile file : files) {
            CatalogDocument document = CatalogDocuments.read(new String(file.bytes(), StandardCharsets.UTF_8), file.name());
            documents.add(document);
            String fileHash = HexFormat.of().formatHex(sha256().digest(file.bytes()));
            document.roles().stream().map(Located::item).map(Role::slug).forEach(s -> roleHashes.put(s, fileHash));
        }
        return new ShippedCatalog(CatalogDocument.merge(documents), Map.copyOf(roleHashes), hashOf(files));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
