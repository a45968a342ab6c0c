package org.roleatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new member in a real browser (headless Chromium, see {@link Browser}): signs up (and is signed in), fills in the
 * profile picking a catalogue role from the list, and sees how their posts will be signed. Own database.
 */
@BrowserTest
class AccountBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void signsUpSignsInEditsTheProfileAndSeesTheSignature() throws IOException {
        WebDriver driver = browser.driver();
        driver.get(url("/"));
        driver.findElement(By.linkText("Sign in")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/sign-in")));
        driver.findElement(By.linkText("Create an account")).click();

        WebElement signUp = browser.visible(By.id("sign-up"));
        signUp.findElement(By.name("username")).sendKeys("browser-cio");
        signUp.findElement(By.name("email")).sendKeys("robin@example.test");
        signUp.findElement(By.name("password")).sendKeys("a browser password");
        signUp.findElement(By.name("displayName")).sendKeys("Robin");
        signUp.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement profile = browser.visible(By.id("profile"));
        assertThat(driver.findElement(By.id("notice")).getText()).contains("Your account is ready");
        assertThat(driver.getCurrentUrl()).as("signed in straight away").startsWith(url("/me"));
        assertThat(driver.findElement(By.id("username")).getText()).isEqualTo("browser-cio");
        assertThat(driver.findElements(By.cssSelector("#role-options option"))).hasSizeGreaterThan(40);
        profile.findElement(By.name("jobTitle")).sendKeys("Chief Information Officer");
        profile.findElement(By.name("role")).sendKeys("cio");
        new Select(profile.findElement(By.name("industry"))).selectByVisibleText("Manufacturing");
        new Select(profile.findElement(By.name("companySize"))).selectByVisibleText("10,001+");
        profile.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/me?saved")));
        assertThat(browser.visible(By.id("signature")).getText())
                .isEqualTo("Chief Information Officer in Manufacturing, 10,001+ employees");
        assertThat(driver.findElement(By.name("role")).getDomProperty("value")).isEqualTo("cio");
        browser.screenshot("profile.png");

        driver.findElement(By.cssSelector("#sign-out button")).click();
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/")));
        driver.get(url("/me"));
        browser.waitFor(10).until(ExpectedConditions.urlToBe(url("/sign-in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
