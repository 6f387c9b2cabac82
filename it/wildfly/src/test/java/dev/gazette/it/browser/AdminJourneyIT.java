package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Gazette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An editor logs in, uploads article files, reads the report, and writes an article by hand. */
class AdminJourneyIT extends BrowserIT {

    private void logIn() {
        browser.get(site + "/admin");
        assertTrue(browser.getCurrentUrl().contains("/login"), "the admin pages ask for a login first");
        shown(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Gazette.ADMIN_PASSWORD);
        submit();
        assertEquals("Admin", shown(By.cssSelector("h1")).getText());
    }

    @Test
    void uploadsArticleFilesAndFollowsTheReport() throws Exception {
        Path folder = Files.createTempDirectory("gazette-upload");
        Path good = Files.write(folder.resolve("shipyard.txt"), Gazette.uniqueCopyOf("articles/shipyard.txt"));
        Path bad = Files.writeString(folder.resolve("no-abstract.txt"), "A title\n\n2025-01-01 10:00:00\n\nNo abstract line.\n");

        logIn();
        follow(By.linkText("Import articles"));
        shown(By.id("source")).sendKeys("Browser Desk " + UUID.randomUUID().toString().substring(0, 6));
        browser.findElement(By.id("files")).sendKeys(good + "\n" + bad);
        submit();
        assertTrue(shown(By.cssSelector(".report")).getText().contains("nothing imported yet"), "a preview first");
        follow(By.cssSelector("form[action$='/admin/import/confirm'] button"));

        assertTrue(shown(By.cssSelector(".report")).getText().contains("1 imported"));
        String rejected = browser.findElement(By.cssSelector("tr.rejected")).getText();
        assertTrue(rejected.contains("no-abstract.txt") && rejected.contains("Abstract"), rejected);
        follow(By.cssSelector("tr.imported a"));
        assertEquals("Tide & Timber: Old Shipyard Reopens as a Community Workshop",
                shown(By.cssSelector("h1.story-title")).getText());
    }

    @Test
    void writesAnArticleAfterFixingWhatTheFormPointsOut() {
        logIn();
        follow(By.linkText("Write an article"));
        String title = "Written in the browser " + UUID.randomUUID().toString().substring(0, 6);
        shown(By.id("title")).sendKeys(title);
        submit();

        assertTrue(shown(By.id("source-error")).getText().contains("name of the source"));
        assertTrue(browser.findElement(By.id("abstract-error")).isDisplayed());
        assertEquals(title, browser.findElement(By.id("title")).getAttribute("value"), "what was typed is kept");

        browser.findElement(By.id("source")).sendKeys("Browser Desk");
        browser.findElement(By.id("abstract")).sendKeys("A short abstract.");
        browser.findElement(By.id("body")).sendKeys("First paragraph.\n\nSecond paragraph.");
        submit();

        assertEquals(title, shown(By.cssSelector("h1.story-title")).getText());
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().startsWith("Published"));
        assertEquals(2, browser.findElements(By.cssSelector(".body p")).size());
    }
}
