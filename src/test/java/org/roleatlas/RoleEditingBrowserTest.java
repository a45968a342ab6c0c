package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editing the catalogue in a real browser (headless Chromium, see {@link Browser}): an editor edits a role, reads the
 * change as a diff in the role's history and restores the shipped text; a member suggests an edit, an editor accepts
 * it from the queue, and the history credits the member. Screenshots of the pages at 1280 and 390 px wide go to
 * target/screenshots. Own database.
 */
@BrowserTest
class RoleEditingBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorEditsARoleSeesTheDiffInTheHistoryAndRestoresTheShippedText() throws IOException {
        WebDriver driver = browser.driver();
        editor("edna", "Edna Editor");
        driver.get(url("/roles/cto"));
        browser.visible(By.id("edit-role")).click();
        WebElement form = browser.visible(By.id("role-form"));
        shoot("edit");
        WebElement planning = form.findElement(By.name("values.strategic-planning"));
        String shipped = planning.getAttribute("value");
        planning.clear();
        planning.sendKeys("Sets a three-year technology vision and revisits it every quarter.");
        form.findElement(By.name("reason")).sendKeys("Say how often the vision is revisited");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/roles/cto/history")));
        WebElement revision = browser.visible(By.id("revision-1"));
        assertThat(revision.findElement(By.cssSelector("dt")).getText()).isEqualTo("Strategic Planning");
        assertThat(revision.findElements(By.cssSelector("ins"))).isNotEmpty();
        assertThat(revision.getText()).contains("Edna Editor").contains("Reason: Say how often the vision is revisited");
        shoot("history");

        browser.visible(By.cssSelector("#restore-shipped button")).click();
        browser.waitFor(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("revision-2"),
                "Adopted the shipped text"));
        driver.get(url("/roles/cto"));
        assertThat(browser.visible(By.cssSelector("article.role")).getText()).contains(shipped);
    }

    @Test
    void aMemberSuggestsAnEditAnEditorAcceptsItAndTheHistoryCreditsTheMember() throws IOException {
        WebDriver driver = browser.driver();
        browser.signUp(url(""), "sam", "Sam Suggester");
        driver.get(url("/roles/cio"));
        browser.visible(By.id("suggest-edit")).click();
        WebElement form = browser.visible(By.id("role-form"));
        WebElement scope = form.findElement(By.name("values.team-management"));
        scope.sendKeys(" Also leads the IT service management office.");
        form.findElement(By.name("reason")).sendKeys("The service management office is missing");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlMatches("/suggestions/\\d+$"));
        assertThat(browser.visible(By.id("suggestion-status")).getText()).isEqualTo("Waiting for an editor.");
        signOut();

        editor("eve", "Eve Editor");
        driver.get(url("/suggestions"));
        browser.visible(By.cssSelector("article.suggestion-item h2 a"));
        shoot("queue");
        browser.visible(By.cssSelector("article.suggestion-item h2 a")).click();
        shoot("suggestion");
        browser.visible(By.cssSelector("#role-form button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/suggestions")));

        driver.get(url("/roles/cio/history"));
        WebElement revision = browser.visible(By.id("revision-1"));
        assertThat(revision.findElement(By.cssSelector(".credited")).getText()).isEqualTo("Sam Suggester");
        assertThat(revision.getText()).contains("Accepted suggestion").contains("Eve Editor");
        driver.get(url("/roles/cio"));
        assertThat(browser.visible(By.cssSelector("article.role")).getText())
                .contains("Also leads the IT service management office.");
    }

    /** Signs up, is made an editor (as {@code member add --editor} does), and signs in again to carry it. */
    private void editor(String username, String name) {
        browser.signUp(url(""), username, name);
        jdbc.sql("insert into member_authority (member_id, authority) select id, 'editor' from member where username = ?")
                .param(username).update();
        signOut();
        browser.signIn(url(""), username);
    }

    private void signOut() {
        browser.driver().get(url("/me"));
        browser.visible(By.cssSelector("#sign-out button")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/")));
    }

    /** The page as it is, 1280 and 390 px wide. */
    private void shoot(String name) throws IOException {
        WebDriver driver = browser.driver();
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1800));
            browser.screenshot("editing-" + name + "-" + width + ".png");
        }
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
