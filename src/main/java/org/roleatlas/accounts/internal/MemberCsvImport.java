package org.roleatlas.accounts.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.accounts.Authority;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.system.CliException;
import org.roleatlas.system.SourceException;
import org.springframework.stereotype.Component;

/** {@code member add --csv FILE}: every row is checked before any member is created; one bad row adds none. */
@Component
class MemberCsvImport {

    static final List<String> HEADER = List.of("username", "password", "title", "industry", "companySize", "role");
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final MemberService members;
    private final Catalog catalog;

    MemberCsvImport(MemberService members, Catalog catalog) {
        this.members = members;
        this.catalog = catalog;
    }

    /** @return how many members were added */
    int add(Path file) throws IOException {
        String source = file.getFileName().toString();
        try {
            List<NewMember> all = read(source, file);
            if (!members.create(all)) {
                throw new SourceException(source, 0, "a username was taken while adding; run it again");
            }
            return all.size();
        } catch (SourceException e) {
            throw new CliException("no member was added: " + e.getMessage());
        }
    }

    private List<NewMember> read(String source, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SourceException(source, 0, "no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SourceException(source, 0, "larger than 5 MiB");
        }
        List<CsvRecords.Row> records = CsvRecords.parse(source, decode(source, Files.readAllBytes(file)));
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
            throw new SourceException(source, 1, "the first line must be the header " + String.join(",", HEADER));
        }
        List<NewMember> all = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Row r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != HEADER.size()) {
                throw new SourceException(source, r.line(), HEADER.size() + " fields expected, found " + f.size());
            }
            NewMember member = validated(source, r.line(), f.get(0), f.get(1), null, f.get(2), f.get(3), f.get(4),
                    f.get(5), EnumSet.of(Authority.MEMBER));
            Integer earlier = seen.putIfAbsent(member.username(), r.line());
            if (earlier != null) {
                throw new SourceException(source, r.line(), "username '" + member.username() + "' is already on line " + earlier);
            }
            if (members.exists(member.username())) {
                throw new SourceException(source, r.line(), "username '" + member.username() + "' is taken");
            }
            all.add(member);
        }
        return all;
    }

    /** Checks one member's fields; title, industry and company size are required here. */
    NewMember validated(String source, int line, String username, String password, String displayName, String title,
                        String industry, String companySize, String role, Set<Authority> authorities) {
        FieldErrors errors = new FieldErrors();
        MemberRules.checkUsername(username, errors);
        MemberRules.checkPassword(password, username, displayName, errors);
        if (MemberRules.blankToNull(title) == null) {
            errors.reject("jobTitle", "Title", "required");
        }
        if (MemberRules.blankToNull(industry) == null) {
            errors.reject("industry", "Industry", "required");
        }
        if (MemberRules.blankToNull(companySize) == null) {
            errors.reject("companySize", "Company size", "required");
        }
        Profile profile = MemberRules.profile(displayName, title, role, industry, companySize, catalog.snapshot(), errors);
        if (!errors.isEmpty()) {
            throw new SourceException(source, line, String.join("; ", errors.messages()));
        }
        return new NewMember(MemberRules.normalizeUsername(username), password, profile, authorities);
    }

    private static String decode(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new SourceException(source, 0, "not valid UTF-8");
        }
    }
}
