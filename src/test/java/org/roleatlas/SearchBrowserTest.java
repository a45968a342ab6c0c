package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search in a real browser (headless Chromium, see {@link Browser}): an editor writes an article with a live
 * comparison and publishes it; the header's search box finds it (its type-ahead offers it while typing); a member asks
 * a question with the article's role tags, and the question page offers the article under "Content you might like".
 * Own database.
 */
@BrowserTest
class SearchBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorsPublishedArticleIsFoundBySearchAndOfferedOnATaggedQuestion() {
        WebDriver driver = browser.driver();
        browser.signUp(url(""), "search-editor", "Editor search-editor");
        jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member where username = ?")
                .param("search-editor").update(); // as `member add --editor` grants it
        browser.signIn(url(""), "search-editor");
        driver.get(url("/articles/new"));
        WebElement form = browser.visible(By.id("article"));
        form.findElement(By.name("title")).sendKeys("Platform ownership between SRE and platform engineering");
        form.findElement(By.name("summary")).sendKeys("Who runs the paved road, and who carries the pager.");
        form.findElement(By.name("body")).sendKeys("## Two teams, one platform\n\nThe quokkaroad pattern gives the "
                + "platform team the paved road and SRE the pager.\n\n```compare\nroles: site-reliability-engineer, "
                + "platform-engineer\n```\n");
        tagSreAndPlatform(form);
        form.findElement(By.cssSelector("button[value=publish]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlMatches("/articles/[a-z0-9-]+$"));
        String article = driver.getCurrentUrl();
        assertThat(browser.visible(By.cssSelector(".live-comparison table.compare-table")).isDisplayed()).isTrue();
        String path = article.substring(article.indexOf("/articles/"));

        WebElement box = driver.findElement(By.cssSelector("header form.site-search input[name=q]"));
        box.sendKeys("Platform owners");
        browser.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#site-suggestions a[href='" + path + "']")));
        box.clear();
        box.sendKeys("quokkaroad", Keys.ENTER);
        browser.waitFor(10).until(ExpectedConditions.urlContains("/search?q=quokkaroad"));
        WebElement hit = browser.visible(By.cssSelector(".hit a[href='" + path + "']"));
        assertThat(driver.findElement(By.cssSelector(".hit .snippet mark")).getText()).isEqualTo("quokkaroad");
        assertThat(hit.getText()).contains("Platform ownership");

        driver.get(url("/questions/new"));
        WebElement ask = browser.visible(By.id("ask"));
        ask.findElement(By.name("title")).sendKeys("Should SRE own the platform pager?");
        ask.findElement(By.name("body")).sendKeys("Our platform engineers build the paved road; who carries the pager?");
        tagSreAndPlatform(ask);
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlMatches("/questions/\\d+$"));
        String question = driver.getCurrentUrl();
        // The index follows the database within a second; the page reads it when rendered.
        browser.waitFor(10).pollingEvery(Duration.ofMillis(200)).until(d -> {
            d.get(question);
            return !d.findElements(By.cssSelector("#related a[href='" + path + "']")).isEmpty();
        });
        assertThat(driver.findElements(By.cssSelector("#related a")).stream().map(a -> a.getAttribute("href")).toList())
                .noneMatch(href -> href.equals(question));
    }

    /** The article and the question share these role tags. */
    private static void tagSreAndPlatform(WebElement form) {
        List<WebElement> roles = form.findElements(By.name("roles"));
        roles.get(0).sendKeys("site-reliability-engineer");
        roles.get(1).sendKeys("platform-engineer");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
