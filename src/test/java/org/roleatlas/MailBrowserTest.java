package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roleatlas.accounts.internal.email.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * In a real browser, with the mail going through a real SMTP server in the test JVM: sign up with an address (signed
 * in at once), confirm it by the emailed link; ask a question, another member answers it, the header shows the unread
 * notification and the answer arrives by email, whose link leads to the answer; sign out; "Forgot password?", the
 * emailed link, a new password, sign in with it; a session signed in elsewhere before the reset is over.
 */
@BrowserTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + MailBrowserTest.SMTP_PORT,
        "roleatlas.mail.poll-interval=100ms", "roleatlas.mail.first-retry=100ms", "roleatlas.mail.max-retry=1s"})
class MailBrowserTest {

    static final int SMTP_PORT = 38434;
    @RegisterExtension
    static final TestMailServer smtp = new TestMailServer(SMTP_PORT);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void signsUpConfirmsTheAddressResetsThePasswordByMailAndTheOldSessionEnds() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/sign-up"));
        WebElement signUp = browser.visible(By.id("sign-up"));
        signUp.findElement(By.name("username")).sendKeys("mailer");
        signUp.findElement(By.name("email")).sendKeys("mailer@example.test");
        signUp.findElement(By.name("password")).sendKeys(Browser.PASSWORD);
        signUp.findElement(By.name("displayName")).sendKeys("Morgan");
        signUp.findElement(By.cssSelector("button[type=submit]")).click();

        browser.visible(By.id("profile"));
        assertThat(driver.findElement(By.id("verify-notice")).getText()).contains("mailer@example.test");
        driver.get(url(smtp.link("mailer@example.test", 1, "/verify-email")));
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/me?verified")));
        assertThat(browser.visible(By.id("notice")).getText()).contains("Your email address is confirmed");
        assertThat(driver.findElements(By.id("verify-notice"))).isEmpty();
        assertThat(driver.findElement(By.id("email-state")).getText()).isEqualTo("confirmed");

        // Answers to my questions by email, at once
        driver.get(url("/notifications/settings"));
        browser.visible(By.id("notification-settings"))
                .findElement(By.cssSelector("input[name=answer][value=email]")).click();
        driver.findElement(By.cssSelector("#notification-settings button[type=submit]")).click();
        assertThat(browser.visible(By.id("notice")).getText()).contains("saved");

        driver.get(url("/questions/new"));
        WebElement ask = browser.visible(By.cssSelector("form[action='/questions']"));
        ask.findElement(By.name("title")).sendKeys("Who should the data team report to?");
        ask.findElement(By.name("body")).sendKeys("We have six analysts and two data engineers. Where do they sit?");
        ask.findElement(By.name("roles")).sendKeys("CTO");
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlMatches(".*/questions/[0-9]+$"));
        String question = driver.getCurrentUrl().replaceAll(".*/questions/", "");
        assertThat(driver.findElements(By.id("unread-count"))).as("nothing unread yet").isEmpty();

        HttpClient answerer = signedUpElsewhere("answerer", "answerer@example.test");
        HttpResponse<String> answered = postForm(answerer, "/questions/" + question,
                "/questions/" + question + "/answers", "body=" + enc("Under the CTO until the company has a CDO."));
        assertThat(answered.statusCode()).isEqualTo(302);

        driver.navigate().refresh();
        assertThat(browser.visible(By.id("unread-count")).getText()).startsWith("1");
        String answerLink = smtp.link("mailer@example.test", 2, "/questions/" + question, "#answer-[0-9]+");
        driver.get(url(answerLink));
        String answerId = answerLink.substring(answerLink.indexOf('#') + 1);
        assertThat(browser.visible(By.id(answerId)).getText()).contains("Under the CTO until the company has a CDO.");
        driver.findElement(By.cssSelector(".notifications-link")).click();
        assertThat(browser.visible(By.cssSelector("main")).getText()).contains("answered your question");

        HttpClient elsewhere = signedInElsewhere("mailer", Browser.PASSWORD);
        assertThat(get(elsewhere, "/me").statusCode()).as("signed in on another device").isEqualTo(200);

        driver.findElement(By.cssSelector("header.site form.sign-out button")).click(); // the header's Sign out
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/")));
        driver.get(url("/sign-in"));
        browser.visible(By.id("sign-in"));
        driver.findElement(By.linkText("Forgot password?")).click();
        WebElement forgot = browser.visible(By.id("forgot-password"));
        forgot.findElement(By.name("email")).sendKeys("Mailer@Example.test");
        forgot.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.visible(By.id("reset-sent")).getText()).contains("If an account uses that address");

        driver.get(url(smtp.link("mailer@example.test", 3, "/reset-password")));
        WebElement reset = browser.visible(By.id("reset-password"));
        reset.findElement(By.name("password")).sendKeys("a phrase from the mail");
        reset.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement signIn = browser.visible(By.id("sign-in"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Your new password is set");
        signIn.findElement(By.name("username")).sendKeys("mailer");
        signIn.findElement(By.name("password")).sendKeys("a phrase from the mail");
        signIn.findElement(By.cssSelector("button[type=submit]")).click();
        browser.visible(By.id("profile"));
        assertThat(driver.findElement(By.id("username")).getText()).isEqualTo("mailer");

        HttpResponse<String> old = get(elsewhere, "/me");
        assertThat(old.statusCode()).as("the session from before the reset is over").isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
    }

    /** Another member on their own device, signed up (and so signed in) through the form. */
    private HttpClient signedUpElsewhere(String username, String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedUp = postForm(client, "/sign-up", "/sign-up", "username=" + enc(username)
                + "&password=" + enc(Browser.PASSWORD) + "&displayName=" + enc("Sam Answerer") + "&email=" + enc(email));
        assertThat(signedUp.headers().firstValue("Location").orElse("")).contains("/me");
        return client;
    }

    /** Posts a form the way a browser does: with the CSRF token of the page it is on. */
    private HttpResponse<String> postForm(HttpClient client, String page, String action, String form) throws Exception {
        Matcher csrf = CSRF.matcher(get(client, page).body());
        assertThat(csrf.find()).as("a form on %s", page).isTrue();
        return client.send(HttpRequest.newBuilder(URI.create(url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Another device: its own cookies, signed in through the form. */
    private HttpClient signedInElsewhere(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = CSRF.matcher(get(client, "/sign-in").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/me");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
