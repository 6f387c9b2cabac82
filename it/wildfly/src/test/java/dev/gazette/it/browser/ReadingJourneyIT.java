package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A reader's visit from the front page: a search narrowed by a facet and a date range, an article, a related
 * article, the feed to subscribe to; then the dark theme and larger text, remembered from page to page.
 */
class ReadingJourneyIT extends BrowserIT {

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void searchesNarrowsOpensAnArticleAndFollowsARelatedOne() {
        browser.get(site + "/");
        shown(By.id("quick-q")).sendKeys("telescope\n");
        shown(By.cssSelector(".count"));
        assertTrue(browser.getCurrentUrl().contains("/search?q=telescope"), browser.getCurrentUrl());
        assertEquals("3 articles found", browser.findElement(By.cssSelector(".count")).getText());
        assertFalse(browser.findElements(By.cssSelector("a.feed-link")).isEmpty(), "the search's feed to subscribe to");

        follow(By.linkText("Alpine Morning Post"));
        assertEquals("1 article found", shown(By.cssSelector(".count")).getText());
        follow(By.cssSelector(".active-filters a[aria-label='Remove the source filter']"));
        shown(By.id("from")).sendKeys("11/17/2026");
        browser.findElement(By.id("to")).sendKeys("11/17/2026");
        submit();
        assertEquals("3 articles found", shown(By.cssSelector(".count")).getText(), "all three on the launch day");

        follow(By.partialLinkText("Lifts Off"));
        assertEquals("Meridian Space Telescope Lifts Off on Its Way to Deep Orbit", shown(By.cssSelector("h1.story-title")).getText());
        assertTrue(shown(By.cssSelector(".reading-time")).getText().endsWith("min read"));
        String time = browser.findElement(By.cssSelector(".meta time")).getText();
        assertFalse(time.matches("\\d{4}-\\d\\d-\\d\\d .*"), "the script shows the reader's own time and zone: " + time);
        assertTrue(browser.findElement(By.cssSelector(".meta time")).getAttribute("title").matches("2026-11-17 07:05 \\w+"),
                "the source's time stays in its title");

        WebElement related = shown(By.cssSelector(".related-list a"));
        String relatedTitle = related.getText();
        follow(By.cssSelector(".related-list a"));
        assertEquals(relatedTitle, shown(By.cssSelector("h1.story-title")).getText());
        assertTrue(relatedTitle.contains("Meridian"), relatedTitle);
        assertTrue(browser.findElement(By.cssSelector("a.feed-link")).getAttribute("href").contains("/feeds/sources/"));
    }

    @Test
    void theDarkThemeAndLargerTextAreRememberedFromPageToPage() {
        browser.get(site + "/articles/summit-agrees-a-fund-to-protect-coastal-cities-from-rising-seas");
        WebElement text = shown(By.cssSelector(".body p"));
        String background = browser.findElement(By.tagName("body")).getCssValue("background-color");
        double size = Double.parseDouble(text.getCssValue("font-size").replace("px", ""));

        shown(By.cssSelector(".theme-switch")).click();
        assertEquals("dark", script("return document.documentElement.getAttribute('data-theme');"));
        assertNotEquals(background, browser.findElement(By.tagName("body")).getCssValue("background-color"));
        browser.findElement(By.cssSelector(".text-larger")).click();
        browser.findElement(By.cssSelector(".text-larger")).click();
        double larger = Double.parseDouble(browser.findElement(By.cssSelector(".body p")).getCssValue("font-size").replace("px", ""));
        assertTrue(larger > size * 1.2, size + " -> " + larger);
        browser.findElement(By.cssSelector(".width-toggle")).click();
        assertEquals("true", browser.findElement(By.cssSelector(".width-toggle")).getAttribute("aria-pressed"));

        follow(By.cssSelector(".related-list a"));
        assertEquals("dark", script("return document.documentElement.getAttribute('data-theme');"), "remembered");
        double stillLarger = Double.parseDouble(shown(By.cssSelector(".body p")).getCssValue("font-size").replace("px", ""));
        assertEquals(larger, stillLarger, 0.01);
        assertEquals("Light theme", browser.findElement(By.cssSelector(".theme-switch")).getText());
    }
}
