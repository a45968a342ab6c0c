package org.roleatlas;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the real-browser tests, with its own profile and download directory.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} at /usr/bin; without them the test fails (it never
 * skips) and says how to install them. Selenium Manager is never asked to download anything.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profileDir;
    private Path downloadDir;

    /** Starts the browser before a test class's tests; use as {@code @RegisterExtension static final Browser}. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
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

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloadDir() {
        return downloadDir;
    }

    /** Waits for an element; on timeout, says which page the browser was on and what it showed. */
    public WebElement visible(By locator) {
        try {
            return waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            String text = driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
            return fail("No visible " + locator + " on " + driver.getCurrentUrl() + " (title '" + driver.getTitle()
                    + "'); the page shows: " + text.substring(0, Math.min(text.length(), 500)), e);
        }
    }

    /** The password every browser test member signs up with. */
    public static final String PASSWORD = "a browser password";

    /**
     * Signs up through the form at {@code base}/sign-up (address {@code username@example.test}) and waits for the
     * profile page it leads to, signed in.
     */
    public void signUp(String base, String username, String displayName) {
        driver.get(base + "/sign-up");
        WebElement form = visible(By.id("sign-up"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("email")).sendKeys(username + "@example.test");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        form.findElement(By.name("displayName")).sendKeys(displayName);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.id("profile"));
    }

    /** Signs in through the form at {@code base}/sign-in and waits for the profile page it leads to. */
    public void signIn(String base, String username) {
        driver.get(base + "/sign-in");
        WebElement form = visible(By.id("sign-in"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        visible(By.id("profile"));
    }

    public WebDriverWait waitFor(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        deleteQuietly(profileDir);
        deleteQuietly(downloadDir);
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
