package org.roleatlas.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.roleatlas.accounts.Authority;
import org.roleatlas.accounts.internal.email.EmailAccounts;
import org.roleatlas.system.CliCommand;
import org.roleatlas.system.CliException;
import org.roleatlas.system.SourceException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "member", description = "Manage members.")
record MemberCommand(MemberService members, MemberCsvImport csv, EmailAccounts emails) implements CliCommand {

    @Command(name = "add", description = "Add one member (password read from standard input), or many from a CSV file "
            + "with the header username,password,title,industry,companySize,role: all or none.")
    int add(@Option(names = "--csv", paramLabel = "FILE") Path file,
            @Option(names = "--username") String username,
            @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
            boolean passwordStdin,
            @Option(names = "--title") String title,
            @Option(names = "--industry", description = "e.g. software, manufacturing") String industry,
            @Option(names = "--company-size", description = "1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, "
                    + "5001-10000 or 10001+") String companySize,
            @Option(names = "--role", description = "a catalogue role: title, abbreviation, alias or slug") String role,
            @Option(names = "--display-name") String displayName,
            @Option(names = "--email", description = "the member's address, for password reset links (optional)")
            String email,
            @Option(names = "--editor") boolean editor,
            @Option(names = "--moderator") boolean moderator) throws IOException {
        if (file != null) {
            if (username != null || passwordStdin) {
                throw new CliException("use either --csv FILE or --username with --password-stdin, not both");
            }
            int added = csv.add(file);
            System.out.println("Added " + added + (added == 1 ? " member" : " members") + " from " + file);
            return 0;
        }
        if (username == null || !passwordStdin || title == null || industry == null || companySize == null) {
            throw new CliException("member add needs --username, --password-stdin, --title, --industry and "
                    + "--company-size (or --csv FILE)");
        }
        Set<Authority> authorities = EnumSet.of(Authority.MEMBER);
        if (editor) {
            authorities.add(Authority.EDITOR);
        }
        if (moderator) {
            authorities.add(Authority.MODERATOR);
        }
        if (email != null) {
            String problem = EmailAccounts.problem(email);
            if (problem != null) {
                throw new CliException("--email: " + problem);
            }
            if (emails.taken(email, -1)) {
                throw new CliException("--email: the address is used by another member");
            }
        }
        try {
            NewMember member = csv.validated("command line", 0, username, readPassword(), displayName, title, industry,
                    companySize, role, authorities).withEmail(email == null ? null : email.strip());
            if (!members.create(List.of(member))) {
                throw new CliException("the username '" + member.username() + "' is taken");
            }
            System.out.println("Added member " + member.username()
                    + (member.email() == null ? "" : " <" + member.email() + ">"));
        } catch (SourceException e) {
            throw new CliException(e.reason());
        }
        return 0;
    }

    private static String readPassword() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new CliException("--password-stdin: standard input is empty");
        }
        return line;
    }
}
