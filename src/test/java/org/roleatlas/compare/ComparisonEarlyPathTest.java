package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.roleatlas.OwnDatabase;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogDocument;
import org.roleatlas.catalog.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A cached comparison is sent by the early path (before the dispatcher) with exactly the status, headers and bytes
 * the controller sends: the first request of a view goes through the controller and fills the cache, the next is
 * answered early, and the two responses are compared over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OwnDatabase
@ActiveProfiles("h2")
class ComparisonEarlyPathTest {

    private static final String PAGE = "/compare/cto-vs-director-of-engineering-vs-mlops-engineer";

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Catalog catalog;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theCachedPageIsSentEarlyWithTheControllersHeadersAndBytes() throws Exception {
        assertSamePage(PAGE, Map.of());
    }

    @Test
    void everyViewOfThePageIsItsOwnCachedResponse() throws Exception {
        assertSamePage("/compare/cto-vs-cio?diff=true", Map.of());
        assertSamePage("/compare/cto-vs-cio?framework=focus", Map.of());
        assertSamePage("/compare/cto-vs-cio?size=51-200&diff=false", Map.of());
        assertSamePage("/compare/cto-vs-cio.csv", Map.of());
        assertSamePage("/compare/cto-vs-cio", Map.of("Accept", "text/markdown"));

        String page = get("/compare/cto-vs-cio", Map.of()).body();
        String differences = get("/compare/cto-vs-cio?diff=true", Map.of()).body();
        String markdown = get("/compare/cto-vs-cio", Map.of("Accept", "text/markdown")).body();
        assertThat(differences).isNotEqualTo(page);
        assertThat(markdown).startsWith("|").doesNotContain("<html");
        assertThat(page).contains("<html").contains("id=\"toggle-differences\"");
    }

    @Test
    void aConditionalRequestForTheCurrentVersionIsAnswered304Early() throws Exception {
        String path = "/compare/cto-vs-ciso";
        HttpResponse<String> first = get(path, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        double before = sentEarly();
        HttpResponse<String> early = get(path, Map.of("If-None-Match", etag));
        assertThat(sentEarly()).isEqualTo(before + 1);
        assertThat(early.statusCode()).isEqualTo(304);
        assertThat(early.body()).isEmpty();
        assertThat(headers(early)).containsEntry("etag", List.of(etag)).containsEntry("vary", List.of("Accept"))
                .containsKey("content-security-policy");

        HttpResponse<String> stale = get(path, Map.of("If-None-Match", "\"0-0\""));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void whatTheEarlyPathDoesNotReadTheSameWayGoesToTheController() throws Exception {
        get("/compare/cto-vs-cio", Map.of()); // cached now
        double before = sentEarly();
        assertThat(get("/compare/cto-vs-cio?diff=true&diff=false", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/compare/cto-vs-cio?diff=yes", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/compare/CTO-vs-cio", Map.of()).statusCode()).isEqualTo(301);
        assertThat(get("/compare/cto-vs-cio?size=lots", Map.of()).statusCode()).isEqualTo(400);
        assertThat(get("/compare/cto-vs-nobody", Map.of()).statusCode()).isEqualTo(404);
        assertThat(sentEarly()).isEqualTo(before);
    }

    @Test
    void afterARoleEditTheEarlyPathNeverSendsTheOldPage() throws Exception {
        String path = "/compare/cio-vs-ciso";
        get(path, Map.of());
        String before = get(path, Map.of()).body(); // sent early
        Role cio = catalog.snapshot().role("cio").orElseThrow();
        Map<String, String> edited = new HashMap<>(cio.values());
        edited.put("strategic-planning", "Plans in quarterly bets, revisited every month.");
        catalog.apply(CatalogDocument.ofRoles("edit", List.of(cio.withValues(edited))));

        double early = sentEarly();
        HttpResponse<String> after = get(path, Map.of());
        assertThat(sentEarly()).isEqualTo(early); // the old version's entry is not used
        assertThat(after.body()).isNotEqualTo(before).contains("Plans in quarterly bets, revisited every month.");
        assertThat(get(path, Map.of()).body()).isEqualTo(after.body());
        assertThat(sentEarly()).isEqualTo(early + 1);
    }

    @Test
    void requestsAnsweredEarlyAreCountedUnderTheControllersRoute() throws Exception {
        get(PAGE, Map.of());
        long before = settledRouteCount();
        get(PAGE, Map.of());
        get(PAGE, Map.of());
        assertThat(settledRouteCount()).isEqualTo(before + 2);
    }

    /** The first request renders through the controller, the second is sent early: same status, headers, bytes. */
    private void assertSamePage(String path, Map<String, String> headers) throws Exception {
        double before = sentEarly();
        HttpResponse<String> controller = get(path, headers);
        HttpResponse<String> early = get(path, headers);
        assertThat(sentEarly()).as("second request of %s answered early", path).isEqualTo(before + 1);

        assertThat(early.statusCode()).isEqualTo(controller.statusCode()).isEqualTo(200);
        assertThat(headers(early)).isEqualTo(headers(controller));
        assertThat(early.body()).isEqualTo(controller.body());
        assertThat(headers(early)).containsKeys("content-security-policy", "x-frame-options",
                "x-content-type-options", "referrer-policy", "etag", "content-type", "content-length");
    }

    /**
     * The route's count once it has stopped changing: the server records a request's timer just after the response
     * has gone out, so a count read right after a response may still miss that request.
     */
    private long settledRouteCount() throws InterruptedException {
        long count = routeCount();
        for (int i = 0; i < 100; i++) {
            Thread.sleep(50);
            long again = routeCount();
            if (again == count) {
                return count;
            }
            count = again;
        }
        return count;
    }

    private long routeCount() {
        return meters.find("http.server.requests").tag("uri", "/compare/{spec}").timers().stream()
                .mapToLong(timer -> timer.count()).sum();
    }

    private double sentEarly() {
        Counter counter = meters.find("roleatlas.ready.responses").counter();
        return counter == null ? 0 : counter.count();
    }

    /** All headers but Date (which moves with the clock), names lower-cased. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.remove(":status");
        return headers;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
