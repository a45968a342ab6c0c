package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.TestMembers;
import org.roleatlas.accounts.internal.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community journey in a real browser (headless Chromium, see {@link Browser}): a member signs up and asks a
 * question tagged with two roles that carries a poll; a second member answers it, upvotes it, votes in the poll and
 * sees the percentages and the breakdown. Nine other members vote first through the API with their tokens, so the
 * voters' industry group is large enough (5 or more, not all of one mind) to show numbers. Own database.
 */
@BrowserTest
class PollBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    ApplicationContext context;

    @Test
    void asksWithAPollAnswersUpvotesVotesAndSeesPercentagesAndTheBreakdown() throws Exception {
        WebDriver driver = browser.driver();
        // The voter has been a member with a profile since before the poll opened: polls group only such voters.
        signUpAndIn("poll-voter");
        WebElement profile = browser.visible(By.id("profile"));
        profile.findElement(By.name("jobTitle")).sendKeys("Chief Information Officer");
        new Select(profile.findElement(By.name("industry"))).selectByVisibleText("Manufacturing");
        new Select(profile.findElement(By.name("companySize"))).selectByVisibleText("10,001+");
        profile.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/me?saved")));
        signOut();

        signUpAndIn("poll-asker");
        driver.get(url("/questions/new"));
        WebElement ask = browser.visible(By.id("ask"));
        ask.findElement(By.name("title")).sendKeys("Who should own the data platform?");
        ask.findElement(By.name("body")).sendKeys("We are *splitting* the budget next quarter.");
        List<WebElement> roles = ask.findElements(By.name("roles"));
        roles.get(0).sendKeys("cto");
        roles.get(1).sendKeys("cio");
        ask.findElement(By.cssSelector("details.poll-fields summary")).click();
        List<WebElement> options = ask.findElements(By.name("pollOptions"));
        options.get(0).sendKeys("The CTO");
        options.get(1).sendKeys("The CIO");
        options.get(2).sendKeys("A Chief Data Officer");
        ask.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(10).until(ExpectedConditions.urlMatches("/questions/\\d+$"));
        String question = driver.getCurrentUrl();
        assertThat(driver.findElements(By.cssSelector("ul.role-tags a"))).hasSize(2);
        long questionId = Long.parseLong(question.substring(question.lastIndexOf('/') + 1));
        signOut();

        long pollId = jdbc.sql("select id from poll where question_id = ?").param(questionId).query(Long.class).single();
        for (int i = 0; i < 9; i++) {
            vote(TestTokens.create(context, member("maker" + i)), pollId, i < 6 ? 0 : 1);
        }

        browser.signIn(url(""), "poll-voter");

        driver.get(question);
        WebElement answer = browser.visible(By.id("answer"));
        answer.findElement(By.name("body")).sendKeys("Whoever runs the *platform* teams.");
        answer.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.visible(By.cssSelector(".answer .post-body em")).getText()).isEqualTo("platform");
        driver.findElement(By.cssSelector("#question-" + questionId + " > .question-post > .post-main > .votes form.vote button")).click();
        browser.waitFor(10).until(ExpectedConditions.textToBe(
                By.cssSelector("#question-" + questionId + " > .question-post > .post-main > .votes .vote-count"), "1"));

        WebElement poll = browser.visible(By.id("poll-" + pollId));
        assertThat(poll.findElements(By.cssSelector(".poll-percent")).stream().map(WebElement::getText).toList())
                .as("results show before voting on this poll; of 9 ballots the first 5 are counted (steps of 5)")
                .containsExactly("100%", "0%", "0%");
        poll.findElements(By.cssSelector("form.poll-vote label")).get(0).click();
        poll.findElement(By.cssSelector("form.poll-vote button[type=submit]")).click();

        // htmx swaps the poll block in place: wait for the new block's total.
        browser.waitFor(10).until(ExpectedConditions.textToBe(By.cssSelector("#poll-" + pollId + " .poll-total"),
                "10 votes"));
        WebElement results = driver.findElement(By.id("poll-" + pollId));
        assertThat(results.findElements(By.cssSelector(".poll-percent")).stream().map(WebElement::getText).toList())
                .containsExactly("70%", "30%", "0%");
        assertThat(results.findElement(By.cssSelector(".chosen .poll-label")).getText()).isEqualTo("The CTO (your vote)");
        assertThat(results.findElements(By.cssSelector("form.poll-vote"))).isEmpty();
        WebElement industry = results.findElement(By.id("breakdown-" + pollId + "-industry"));
        assertThat(industry.findElement(By.cssSelector("tbody th")).getText()).isEqualTo("Manufacturing");
        assertThat(industry.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText).toList())
                .containsExactly("70%", "30%", "0%", "10");
        browser.screenshot("poll.png");

        driver.navigate().refresh();
        assertThat(browser.visible(By.cssSelector("#poll-" + pollId + " .poll-total")).getText()).isEqualTo("10 votes");
    }

    private void signUpAndIn(String username) {
        browser.signUp(url(""), username, "Name of " + username);
        browser.signIn(url(""), username);
    }

    private void signOut() {
        browser.driver().get(url("/me"));
        browser.visible(By.cssSelector("#sign-out button")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/")));
    }

    /** A voter from manufacturing at a 10,001+ company, straight in the table (the test is about the browser). */
    private long member(String username) {
        return new TestMembers(jdbc, members).quickMember(username, "manufacturing", "10001+", null).id();
    }

    private void vote(String token, long pollId, int option) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/polls/" + pollId + "/votes")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"option\": " + option + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
