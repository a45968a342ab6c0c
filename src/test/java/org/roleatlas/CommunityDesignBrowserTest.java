package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.MemberSessions;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.roleatlas.system.UnreadNotifications;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every main page on a phone (390 px) and a desktop (1280 px) in headless Chromium, on the 40-question sample
 * community: no page scrolls sideways, and axe-core (test resources, injected into the page) finds no serious or
 * critical accessibility violation. Also the header: Sign in / Sign up when signed out, the member's name and Sign
 * out when signed in, and the menu that opens on a phone without JavaScript.
 */
@BrowserTest
@TestPropertySource(properties = "roleatlas.demo=true")
class CommunityDesignBrowserTest {

    private static final int[] WIDTHS = {390, 1280};

    @RegisterExtension
    static final Browser browser = new Browser();

    private static String axe;

    /** Every member has 3 unread notifications here, so the header's badge has something to show. */
    @TestConfiguration
    static class ThreeUnread {
        @Bean
        @Primary
        UnreadNotifications threeUnread() {
            return memberId -> 3;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;

    @BeforeAll
    static void readAxe() throws IOException {
        try (InputStream in = CommunityDesignBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core under src/test/resources/axe").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyMainPageFitsAPhoneAndADesktopAndPassesAxe() {
        signOut();
        long question = sampleQuestionWithAPollAnswersAndComments();
        List<String> signedOut = List.of("/", "/roles", "/roles/cto", "/org-chart",
                "/compare/cto-vs-director-of-engineering-vs-mlops-engineer", "/questions", "/questions/" + question,
                "/roles/cto/discussions", "/articles", "/articles/cto-vs-cio", "/search?q=cto", "/sign-in",
                "/sign-up", "/questions/999999999", "/forgot-password", "/questions/" + question + "/history",
                "/members/" + sampleAuthor(question));
        List<String> problems = new ArrayList<>();
        for (String path : signedOut) {
            check(path, problems);
        }

        Member moderator = new TestMembers(jdbc, members).quickMember("design-moderator", "software", "51-200", "cto");
        jdbc.sql("insert into member_authority (member_id, authority) values (?, 'moderator')")
                .param(moderator.id()).update();
        signIn("design-moderator");
        for (String path : List.of("/me", "/moderation", "/questions/" + question, "/questions", "/notifications",
                "/notifications/settings", "/me/posts")) {
            check(path, problems);
        }
        assertThat(problems).as("pages that scroll sideways or fail axe").isEmpty();
    }

    @Test
    void theHeaderOffersSignInWhenSignedOutAndTheMemberWhenSignedIn() {
        ChromeDriver driver = browser.driver();
        signOut();
        size(1280);
        driver.get(url("/questions"));
        WebElement header = browser.visible(By.cssSelector("header.site"));
        assertThat(header.findElement(By.cssSelector("nav a[href='/questions']")).getText()).isEqualTo("Questions");
        assertThat(header.findElements(By.cssSelector(".account-nav a")).stream().map(WebElement::getText))
                .containsExactly("Sign in", "Sign up");

        new TestMembers(jdbc, members).quickMember("design-reader");
        signIn("design-reader");
        driver.get(url("/questions"));
        WebElement account = browser.visible(By.cssSelector("header.site .account-nav"));
        assertThat(account.findElement(By.cssSelector("a.member-link")).getText()).isEqualTo("Name of design-reader");
        assertThat(account.findElement(By.cssSelector("a.member-link")).getAttribute("href")).endsWith("/me");
        assertThat(account.findElement(By.cssSelector("a.notifications-link")).getText()).startsWith("Notifications");
        assertThat(account.findElement(By.cssSelector("#unread-count")).getAttribute("textContent")).isEqualTo("3 unread");
        assertThat(account.findElements(By.cssSelector("a[href='/sign-in']"))).isEmpty();

        size(390);
        driver.get(url("/questions"));
        WebElement questions = driver.findElement(By.cssSelector("header.site nav a[href='/questions']"));
        assertThat(questions.isDisplayed()).as("the menu starts closed on a phone").isFalse();
        assertThat(driver.findElement(By.cssSelector("header.site input[name=q]")).isDisplayed())
                .as("search stays usable with the menu closed").isTrue();
        driver.findElement(By.cssSelector("label.menu-button")).click();
        browser.waitFor(5).until(ExpectedConditions.visibilityOf(questions));
        driver.findElement(By.cssSelector("header.site .sign-out button")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/")));
        size(1280);
        driver.get(url("/questions"));
        assertThat(driver.findElements(By.cssSelector("header.site a.member-link"))).as("signed out").isEmpty();
    }

    @Test
    void onAPhoneARoleCardsTitleKeepsClearOfRemove() {
        ChromeDriver driver = browser.driver();
        size(390);
        driver.get(url("/compare/cto-vs-director-of-engineering-vs-mlops-engineer"));
        for (WebElement card : driver.findElements(By.cssSelector(".cards .card"))) {
            Map<?, ?> title = rect(driver, card.findElement(By.cssSelector("h2 a")));
            Map<?, ?> remove = rect(driver, card.findElement(By.cssSelector(".remove")));
            boolean apart = number(title, "right") <= number(remove, "left")
                    || number(title, "top") >= number(remove, "bottom");
            assertThat(apart).as("title %s and Remove %s overlap", title, remove).isTrue();
        }
    }

    /** The username of the member who asked the question, for their member page. */
    private String sampleAuthor(long question) {
        return jdbc.sql("select m.username from question q join member m on m.id = q.author_id where q.id = ?")
                .param(question).query(String.class).single();
    }

    private void check(String path, List<String> problems) {
        ChromeDriver driver = browser.driver();
        for (int width : WIDTHS) {
            size(width);
            driver.get(url(path));
            browser.visible(By.tagName("main"));
            Map<?, ?> fit = (Map<?, ?>) driver.executeScript("""
                    const root = document.documentElement, limit = root.clientWidth;
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > limit + 1)
                        .filter(e => !e.parentElement.closest('.table-scroll, table, pre, .sort-tabs'))
                        .slice(0, 4)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''));
                    return {scroll: root.scrollWidth, client: limit, inner: window.innerWidth, wide: wide.join(', ')};
                    """);
            long scroll = ((Number) fit.get("scroll")).longValue();
            long client = ((Number) fit.get("client")).longValue();
            long inner = ((Number) fit.get("inner")).longValue();
            if (scroll > client || scroll > inner) {
                problems.add(path + " at " + width + " px scrolls sideways: " + scroll + " > " + client
                        + " (widest: " + fit.get("wide") + ")");
            }
            String violations = axe(driver);
            if (!violations.isEmpty()) {
                problems.add(path + " at " + width + " px, axe: " + violations);
            }
        }
    }

    /** Serious and critical violations, one line each, or an empty string. */
    private static String axe(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axe);
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))
                      .join('; ')))
                  .catch(e => done('axe failed: ' + e));
                """);
        return String.valueOf(result);
    }

    private long sampleQuestionWithAPollAnswersAndComments() {
        return jdbc.sql("""
                select q.id from question q join poll p on p.question_id = q.id
                where q.answer_count > 1 and q.comment_count > 0 order by q.answer_count desc, q.id""")
                .query(Long.class).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the sample community has no question with a poll, answers "
                        + "and comments"));
    }

    /** Forgets the session: this class's tests share one browser. */
    private void signOut() {
        browser.driver().get(url("/sign-in"));
        browser.driver().manage().deleteAllCookies();
    }

    private void signIn(String username) {
        ChromeDriver driver = browser.driver();
        size(1280);
        driver.get(url("/sign-in"));
        WebElement form = browser.visible(By.id("sign-in"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("password")).sendKeys(MemberSessions.PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.visible(By.id("profile"));
    }

    private static void size(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 900));
    }

    private static Map<?, ?> rect(ChromeDriver driver, WebElement element) {
        return (Map<?, ?>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", element);
    }

    private static double number(Map<?, ?> rect, String key) {
        return ((Number) rect.get(key)).doubleValue();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
