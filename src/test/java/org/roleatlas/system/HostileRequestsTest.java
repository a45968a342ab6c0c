package org.roleatlas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roleatlas.OwnDatabase;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.accounts.internal.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one hostile client can send costs bounded work and gets a clear 4xx, never a 500, a huge answer or a
 * stack trace in the log; container-level refusals carry the security headers; the Host header is never
 * reflected. Over real HTTP (Tomcat's own limits and error pages are part of what is tested).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OwnDatabase
@ActiveProfiles("h2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    private static final long MIB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    @BeforeAll
    void member() {
        Member member = new TestMembers(jdbc, context.getBean(Members.class))
                .quickMember("hostile", "software", "51-200", null);
        token = TestTokens.create(context, member.id());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String big = question("x".repeat((int) (2 * MIB)));
        HttpResponse<String> response = postJson("/api/questions", HttpRequest.BodyPublishers.ofString(big));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("at most 1,048,576 bytes");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffAt413() throws Exception {
        byte[] big = question("y".repeat((int) (3 * MIB))).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length makes the client send the body in chunks, without Content-Length.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> response = postJson("/api/questions", chunked);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than the 1,048,576 bytes accepted");
    }

    @Test
    void aPollWithAQuarterMillionOptionsGetsOneShortErrorNotOneMessagePerOption() throws Exception {
        String options = IntStream.range(0, 250_000).mapToObj(i -> "\"a\"").collect(Collectors.joining(","));
        String body = "{\"title\": \"Build or buy the platform?\", \"body\": \"Which would you do?\", "
                + "\"roles\": [\"cto\"], \"poll\": {\"options\": [" + options + "]}}";
        assertThat(body.length()).isLessThan((int) MIB);
        Runtime runtime = Runtime.getRuntime();
        long before = usedHeapAfterGc(runtime);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = postJson("/api/questions", HttpRequest.BodyPublishers.ofString(body));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("poll.options").contains("got 250000");
            assertThat(response.body().length()).as("the error answer stays small").isLessThan(2_000);
        }
        assertThat(usedHeapAfterGc(runtime) - before).as("heap growth after ten such requests")
                .isLessThan(64 * MIB);
        assertThat(jdbc.sql("select count(*) from question").query(Long.class).single()).isZero();
    }

    @Test
    void aSearchQueryLongerThanTheLimitIs400() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + "word+".repeat(400));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("q");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundNotA500() throws Exception {
        HttpResponse<String> json = get("/error");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/error")).header("Accept", "text/html").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html");
    }

    @Test
    void pagesFarOutOfRangeAre400NotA500() throws Exception {
        for (String path : new String[] {"/articles?page=999999999", "/api/articles?page=999999999",
            "/api/articles?page=-1"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("page");
        }
    }

    @Test
    void invalidUtf8InAQueryIs400AndOneLogLine(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        HttpResponse<String> response = get("/search?q=%C0%80");
        assertThat(response.statusCode()).isEqualTo(400);
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(logged.lines().filter(line -> line.contains("/search")).count()).isLessThanOrEqualTo(1);
    }

    @Test
    void theContainersOwnErrorPageCarriesTheSecurityHeaders() throws Exception {
        String response = raw("GET /compare/cto%2Fcio HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(headers).contains("x-content-type-options: nosniff").contains("content-security-policy:")
                .contains("x-frame-options: deny");
        assertThat(response).doesNotContain("Apache Tomcat");
    }

    @Test
    void aForgedHostHeaderIsNeverReflected() throws Exception {
        String redirect = raw("GET /me HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(redirect).startsWith("HTTP/1.1 302");
        assertThat(redirect).doesNotContain("evil.example").contains("Location: /sign-in");
        String alias = raw("GET /roles/vpe HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(alias).doesNotContain("evil.example");
        String openApi = raw("GET /api/openapi HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(openApi).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
                .contains("\"title\":\"RoleAtlas\"");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> response = get("/sign-in");
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    private static String question(String body) {
        return "{\"title\": \"A long one\", \"body\": \"" + body + "\", \"roles\": [\"cto\"]}";
    }

    private static long usedHeapAfterGc(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written byte for byte: clients normalise what this test needs to send as it is. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
