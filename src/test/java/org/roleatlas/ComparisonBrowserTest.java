package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main journey in a real browser (headless Chromium): build a comparison from the home page with what people
 * type, hide identical rows, download the Markdown export; and the "did you mean" 404 for a mistyped role.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} at /usr/bin; without them this test fails (it never
 * skips) and says how to install them. Selenium Manager is never asked to download anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2")
class ComparisonBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String COMPARISON = "/compare/cto-vs-director-of-engineering-vs-mlops-engineer";
    private static final String MARKDOWN_HEADER =
            "| Dimension | Chief Technology Officer (CTO) | Director of Engineering | MLOps Engineer |";

    private static ChromeDriver driver;
    private static ChromeDriverService service;
    private static Path profileDir;
    private static Path downloadDir;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("Browser tests need Chromium and its driver: " + CHROMIUM + (CHROMIUM.canExecute() ? " found" : " MISSING")
                    + ", " + CHROMEDRIVER + (CHROMEDRIVER.canExecute() ? " found" : " MISSING")
                    + ". Install them with: apt-get install -y --no-install-recommends chromium chromium-driver");
        }
        profileDir = Files.createTempDirectory("roleatlas-chromium-profile");
        downloadDir = Files.createTempDirectory("roleatlas-downloads");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profileDir.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloadDir.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        options.setExperimentalOption("prefs", prefs);

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Headless Chromium ignores the download prefs unless downloads are allowed explicitly.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of(
                "behavior", "allow", "downloadPath", downloadDir.toAbsolutePath().toString()));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        deleteQuietly(profileDir);
        deleteQuietly(downloadDir);
    }

    @BeforeEach
    void emptyDownloads() throws IOException {
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
        assertThat(table.findElements(By.cssSelector("tbody tr"))).as("one row per dimension").hasSize(10);
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

    /** Waits for an element; on timeout, says which page the browser was on and what it showed. */
    private static WebElement visible(By locator) {
        try {
            return wait(10).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            String text = driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
            return fail("No visible " + locator + " on " + driver.getCurrentUrl() + " (title '" + driver.getTitle()
                    + "'); the page shows: " + text.substring(0, Math.min(text.length(), 500)), e);
        }
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** Waits for a finished download: a file with the extension, no partial (.crdownload) file, size settled. */
    private static Path awaitDownload(String extension, Duration timeout) throws IOException, InterruptedException {
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
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
