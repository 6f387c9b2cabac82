package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A reader browses the latest news, opens an article, then searches with filters. */
class ReaderJourneyIT extends BrowserIT {

    @Test
    void readsTheLatestArticleFromTheFrontPage() {
        browser.get(site + "/");
        assertEquals("Latest news", shown(By.cssSelector("h1")).getText());

        String title = browser.findElement(By.cssSelector(".card-title a")).getText();
        follow(By.cssSelector(".card-title a"));

        assertEquals(title, shown(By.cssSelector("h1.story-title")).getText());
        assertTrue(browser.findElements(By.cssSelector(".body p")).size() >= 1, "the body is shown");
        String source = browser.findElement(By.cssSelector(".meta .source")).getText();
        follow(By.cssSelector(".meta .source"));
        assertTrue(browser.getCurrentUrl().contains("/sources/"), browser.getCurrentUrl());
        assertEquals(source, shown(By.cssSelector("h1")).getText());
    }

    @Test
    void searchesWithASourceFilterAndOpensTheResult() {
        browser.get(site + "/");
        follow(By.linkText("Search"));

        shown(By.id("q")).sendKeys("glacier");
        // The source field suggests names as one types; the typed name is enough.
        browser.findElement(By.id("source")).sendKeys("Alpine Morning Post");
        submit();

        assertEquals("1 article found", shown(By.cssSelector(".count")).getText());
        follow(By.cssSelector(".card-title a"));
        assertEquals("Glacier Survey Records Another Summer of Heavy Ice Loss",
                shown(By.cssSelector("h1.story-title")).getText());
    }
}
