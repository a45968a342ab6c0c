package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey in a real browser (headless Chromium): build a comparison from the home page with what people
 * type, hide identical rows, download the Markdown export; and the "did you mean" 404 for a mistyped role.
 * The browser is a {@link Browser}.
 */
@BrowserTest
class ComparisonBrowserTest {

    private static final String COMPARISON = "/compare/cto-vs-director-of-engineering-vs-mlops-engineer";
    private static final String MARKDOWN_HEADER =
            "| Dimension | Chief Technology Officer (CTO) | Director of Engineering | MLOps Engineer |";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private Path downloadDir;

    @BeforeEach
    void emptyDownloads() throws IOException {
        driver = browser.driver();
        downloadDir = browser.downloadDir();
        try (Stream<Path> files = Files.list(downloadDir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void buildsAComparisonHidesIdenticalRowsAndDownloadsTheMarkdown() throws Exception {
        driver.get(url("/"));
        WebElement builder = visible(By.id("builder"));
        screenshot("home.png");

        List<WebElement> inputs = builder.findElements(By.cssSelector("input[name=role]"));
        assertThat(inputs).as("builder role inputs").hasSize(6);
        // What people type: an abbreviation, a slug and a title.
        inputs.get(0).sendKeys("CTO");
        inputs.get(1).sendKeys("director-of-engineering");
        inputs.get(2).sendKeys("MLOps Engineer");
        builder.findElement(By.cssSelector("button[type=submit]")).click();

        wait(10).until(ExpectedConditions.urlToBe(url(COMPARISON)));
        WebElement table = visible(By.cssSelector(".compare-table"));
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]")))
                .as("header cells: Dimension + 3 roles").hasSize(4);
        assertThat(table.findElements(By.cssSelector("thead th[scope=col] a")))
                .extracting(WebElement::getText)
                .containsExactly("Chief Technology Officer (CTO)", "Director of Engineering", "MLOps Engineer");
        assertThat(table.findElements(By.cssSelector("tbody.dimensions tr"))).as("one row per dimension").hasSize(10);
        assertThat(driver.findElement(By.id("toggle-differences")).getDomAttribute("aria-checked")).isEqualTo("false");
        screenshot("comparison.png");

        driver.findElement(By.id("toggle-differences")).click();
        wait(10).until(ExpectedConditions.urlContains("diff=true"));
        wait(10).until(ExpectedConditions.attributeToBe(By.id("toggle-differences"), "aria-checked", "true"));
        assertThat(driver.findElements(By.cssSelector(".compare-table tbody tr.same")))
                .as("identical rows are hidden").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".compare-table tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("toggle-differences")).getText()).isEqualTo("Show all rows");

        String expected = get(COMPARISON + ".md?diff=true");
        assertThat(expected).startsWith(MARKDOWN_HEADER);

        driver.findElement(By.id("export-markdown")).click();
        Path downloaded = awaitDownload(".md", Duration.ofSeconds(10));
        String content = Files.readString(downloaded, StandardCharsets.UTF_8);
        assertThat(content).startsWith(MARKDOWN_HEADER);
        assertThat(content)
                .as("the downloaded Markdown is the differences-only table now on screen (" + downloaded.getFileName()
                        + ", link " + driver.findElement(By.id("export-markdown")).getDomAttribute("href") + ")")
                .isEqualTo(expected);
        // The export links must describe the view on screen. (These three roles share no identical row, so the
        // full and the differences-only Markdown happen to be equal; the link itself must still carry diff=true.)
        assertThat(driver.findElement(By.id("export-markdown")).getDomAttribute("href"))
                .as("#export-markdown after switching to differences only")
                .isEqualTo(COMPARISON + ".md?diff=true");
        assertThat(driver.findElement(By.id("export-csv")).getDomAttribute("href"))
                .as("#export-csv after switching to differences only")
                .isEqualTo(COMPARISON + ".csv?diff=true");
    }

    @Test
    void aMistypedRoleGetsA404ThatSuggestsTheFixedComparison() {
        driver.get(url("/compare/cio-vs-ctoo"));
        WebElement error = visible(By.cssSelector("section.error"));
        assertThat(error.findElement(By.tagName("h1")).getText()).startsWith("404");
        assertThat(error.findElements(By.cssSelector("ul.suggestions a")))
                .extracting(a -> a.getDomAttribute("href"))
                .contains("/compare/cio-vs-cto");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement visible(By locator) {
        return browser.visible(locator);
    }

    private static WebDriverWait wait(int seconds) {
        return browser.waitFor(seconds);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** Waits for a finished download: a file with the extension, no partial (.crdownload) file, size settled. */
    private Path awaitDownload(String extension, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastSize = -1;
        while (System.nanoTime() < deadline) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(downloadDir)) {
                files = listing.toList();
            }
            boolean partial = files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            Path done = files.stream().filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
            if (done != null && !partial) {
                long size = Files.size(done);
                if (size > 0 && size == lastSize) {
                    return done;
                }
                lastSize = size;
            }
            Thread.sleep(100);
        }
        try (Stream<Path> listing = Files.list(downloadDir)) {
            return fail("No complete " + extension + " download in " + downloadDir + " after " + timeout.toSeconds()
                    + " s; found " + listing.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
