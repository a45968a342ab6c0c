package org.roleatlas.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.accounts.Member;
import org.roleatlas.system.CliCommand;
import org.roleatlas.system.CliException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "token", description = "Manage personal access tokens.")
record TokenCommand(MemberService members, AccessTokens tokens) implements CliCommand {

    /** Every username is checked first, so a typo creates no token at all. */
    @Command(name = "create", description = "Create a token for each member; prints one token per line, in order.")
    int create(@Option(names = "--username", arity = "1..*", required = true, paramLabel = "USERNAME")
               List<String> usernames) {
        List<Member> found = new ArrayList<>();
        for (String username : usernames) {
            found.add(members.findByUsername(MemberRules.normalizeUsername(username))
                    .orElseThrow(() -> new CliException("no member '" + username + "'; no token was created")));
        }
        for (Member member : found) {
            System.out.println(tokens.create(member.id(), "command line"));
        }
        return 0;
    }
}
