package org.roleatlas.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.CommandLineRun;
import org.roleatlas.RoleAtlasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code member add} and {@code token create} as a user runs them, and the printed tokens used on the API. */
class MemberCommandLineTest {

    @TempDir
    static Path data;

    @Test
    void memberAddReadsThePasswordFromStandardInputAndPrintedTokensAuthenticateTheApi() throws Exception {
        CommandLineRun added = CommandLineRun.launchWithInput(data, "a long enough secret\n", "member", "add",
                "--username", "Ada", "--password-stdin", "--title", "Chief Information Officer",
                "--industry", "manufacturing", "--company-size", "10,001+", "--role", "cio", "--moderator");
        assertThat(added.status()).as(added.toString()).isZero();
        assertThat(added.out()).as(added.toString()).isEqualTo("Added member ada\n");
        assertThat(added.out() + added.err()).doesNotContain("a long enough secret");

        CommandLineRun csv = CommandLineRun.launch(data, "member", "add", "--csv", csvFile("username,password,title,industry,companySize,role\r\n"
                + "grace,\"pass, with \"\"quotes\"\"\",Staff Engineer,software,51-200,staff-engineer\r\n").toString());
        assertThat(csv.status()).as(csv.toString()).isZero();

        CommandLineRun tokens = CommandLineRun.launch(data, "token", "create", "--username", "grace", "ADA");
        assertThat(tokens.status()).as(tokens.toString()).isZero();
        assertThat(tokens.outLines()).as(tokens.toString()).hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("ra_[A-Za-z0-9_-]{43}"));

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(RoleAtlasApplication.class)
                .run("--roleatlas.home=" + data, "--server.port=0")) {
            String port = server.getEnvironment().getProperty("local.server.port");
            assertThat(apiMe(port, tokens.outLines().get(0))).contains("\"username\":\"grace\"")
                    .contains("\"title\":\"Staff Engineer\"").contains("\"companySize\":\"51–200\"");
            assertThat(apiMe(port, tokens.outLines().get(1))).contains("\"username\":\"ada\"")
                    .contains("\"signature\":\"Chief Information Officer in Manufacturing, 10,001+ employees\"");
        }
    }

    @Test
    void memberAddTakesAnOptionalEmailThatNoOtherMemberUses() {
        CommandLineRun added = CommandLineRun.launchWithInput(data, "a long enough secret\n", "member", "add",
                "--username", "bodhi", "--password-stdin", "--title", "CTO", "--industry", "software",
                "--company-size", "1-10", "--email", "Bo@Example.test");
        assertThat(added.status()).as(added.toString()).isZero();
        assertThat(added.out()).isEqualTo("Added member bodhi <Bo@Example.test>\n");

        CommandLineRun same = CommandLineRun.launchWithInput(data, "a long enough secret\n", "member", "add",
                "--username", "bodhi2", "--password-stdin", "--title", "CTO", "--industry", "software",
                "--company-size", "1-10", "--email", "bo@example.TEST");
        assertThat(same.status()).as(same.toString()).isEqualTo(1);
        assertThat(same.err()).contains("--email: the address is used by another member");

        CommandLineRun malformed = CommandLineRun.launchWithInput(data, "a long enough secret\n", "member", "add",
                "--username", "bodhi3", "--password-stdin", "--title", "CTO", "--industry", "software",
                "--company-size", "1-10", "--email", "not-an-address");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(1);
        assertThat(malformed.err()).contains("--email: Email: not an address such as name@example.com");
    }

    @Test
    void aCsvWithOneBadRowAddsNobodyAndNamesFileAndLine() throws IOException {
        CommandLineRun run = CommandLineRun.launch(data, "member", "add", "--csv", csvFile("""
                username,password,title,industry,companySize,role
                lin,password-number-one,"Head of Platform, EMEA",software,201-500,head-of-platform
                "multi
                line",password-number-two,CTO,software,1-10,
                kim,short,CTO,mining,huge,
                """).toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).hasSize(1).first().asString()
                .startsWith("roleatlas: no member was added: members.csv:3: Username: ");
        assertThat(run.out()).isEmpty();

        CommandLineRun fixedLine3 = CommandLineRun.launch(data, "member", "add", "--csv", csvFile("""
                username,password,title,industry,companySize,role
                lin,password-number-one,"Head of Platform, EMEA",software,201-500,head-of-platform
                kim,short,CTO,mining,huge,
                """).toString());
        assertThat(fixedLine3.errLines()).as(fixedLine3.toString()).first().asString()
                .startsWith("roleatlas: no member was added: members.csv:3: Password: at least 10 characters")
                .contains("Industry: ").contains("Company size: ");

        CommandLineRun tokens = CommandLineRun.launch(data, "token", "create", "--username", "lin");
        assertThat(tokens.status()).as("lin was not added either").isEqualTo(1);
        assertThat(tokens.errLines()).first().asString().isEqualTo("roleatlas: no member 'lin'; no token was created");
        assertThat(tokens.out()).isEmpty();
    }

    @Test
    void memberAddWithoutThePasswordOrWithATakenUsernameFailsOnOneLine() {
        List<String> required = List.of("member", "add", "--username", "bob", "--title", "CTO", "--industry", "software",
                "--company-size", "1-10");
        CommandLineRun noPassword = CommandLineRun.launch(data, required.toArray(String[]::new));
        assertThat(noPassword.status()).isEqualTo(1);
        assertThat(noPassword.errLines()).hasSize(1).first().asString().startsWith("roleatlas: member add needs");
    }

    private static Path csvFile(String content) throws IOException {
        Path file = Files.createTempDirectory("roleatlas-csv").resolve("members.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String apiMe(String port, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
