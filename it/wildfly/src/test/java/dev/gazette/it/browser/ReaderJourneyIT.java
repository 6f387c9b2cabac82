package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Gazette;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader browses the latest news, opens an article, then searches with filters. */
class ReaderJourneyIT extends BrowserIT {

    @Test
    void readsTheLatestArticleFromTheFrontPage() {
        browser.get(site + "/");
        assertEquals("Latest news", browser.findElement(By.cssSelector("h1")).getText());

        String title = browser.findElement(By.cssSelector(".card-title a")).getText();
        browser.findElement(By.cssSelector(".card-title a")).click();

        assertEquals(title, browser.findElement(By.cssSelector("h1.story-title")).getText());
        assertTrue(browser.findElements(By.cssSelector(".body p")).size() >= 1, "the body is shown");
        String source = browser.findElement(By.cssSelector(".meta .source")).getText();
        browser.findElement(By.cssSelector(".meta .source")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sources/"));
        assertEquals(source, browser.findElement(By.cssSelector("h1")).getText());
    }

    @Test
    void searchesWithASourceFilterAndOpensTheResult() {
        browser.get(site + "/");
        browser.findElement(By.linkText("Search")).click();

        browser.findElement(By.id("q")).sendKeys("glacier");
        new Select(browser.findElement(By.id("source"))).selectByVisibleText("Alpine Morning Post");
        browser.findElement(By.cssSelector(".search-form button")).click();

        assertEquals("1 article found", browser.findElement(By.cssSelector(".count")).getText());
        browser.findElement(By.cssSelector(".card-title a")).click();
        assertEquals("Glacier Survey Records Another Summer of Heavy Ice Loss",
                browser.findElement(By.cssSelector("h1.story-title")).getText());
    }
}
