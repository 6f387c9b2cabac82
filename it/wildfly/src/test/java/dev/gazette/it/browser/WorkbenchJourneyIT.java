package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.it.Accounts;
import dev.gazette.it.Gazette;
import dev.gazette.it.Http;
import dev.gazette.it.Uploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor corrects an article, withdraws it and sees its address gone, and watches a 5,000-article import to the
 * end; an admin creates an editor; markup in an article is never run by the browser.
 */
class WorkbenchJourneyIT extends BrowserIT {

    private void logIn(String user, String password) {
        browser.get(site + "/login");
        shown(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        submit();
        assertEquals("Admin", shown(By.cssSelector("h1")).getText());
    }

    @Test
    void anEditorCorrectsAnArticleThenWithdrawsIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Http admin = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD);
        String answer = admin.postFiles("/api/import", Map.of("source", "Journey Desk " + run),
                Map.of("a.txt", Uploads.utf8(Uploads.article("Ferry timetable chnages " + run, "2026-11-20 08:30:00")))).body();
        String slug = answer.split("\"slug\":\"")[1].split("\"")[0];
        logIn(Accounts.create(http, "editor"), Accounts.PASSWORD);

        follow(By.linkText("Articles"));
        shown(By.id("q")).sendKeys("chnages " + run);
        submit();
        follow(By.partialLinkText("Ferry timetable chnages"));
        shown(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys("Ferry timetable changes " + run);
        submit();
        assertTrue(shown(By.cssSelector(".notice")).getText().contains("Saved"));
        browser.get(site + "/articles/" + slug);
        assertEquals("Ferry timetable changes " + run, shown(By.cssSelector("h1.story-title")).getText());

        browser.get(site + "/admin/articles/" + slug);
        follow(By.cssSelector("form[action$='/unpublish'] button"));
        assertTrue(shown(By.cssSelector(".notice")).getText().contains("410"));
        browser.get(site + "/articles/" + slug);
        assertEquals("Article withdrawn", shown(By.cssSelector("h1")).getText());
        assertEquals(410, http.get("/articles/" + slug).statusCode());
    }

    @Test
    void anEditorWatchesALargeImportToTheEnd() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("source,title,published_at,abstract,body\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Big Desk ").append(run).append(",Big story ").append(i).append(' ').append(run)
                    .append(",2025-08-01T10:00:00Z,Brief.,Body ").append(i).append(".\n");
        }
        Path file = Files.writeString(Files.createTempDirectory("gazette-big").resolve("big.csv"), csv);
        logIn(Accounts.create(http, "editor"), Accounts.PASSWORD);

        follow(By.linkText("Import articles"));
        browser.findElement(By.id("files")).sendKeys(file.toString());
        submit();
        assertTrue(shown(By.cssSelector(".report")).getText().contains("5000 new"), "previewed");
        follow(By.cssSelector("form[action$='/admin/import/confirm'] button"));
        shown(By.cssSelector("progress"));
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(driver -> {
            try {
                return driver.findElement(By.cssSelector("h1")).getText().equals("Import done");
            } catch (RuntimeException reloading) {
                return false;
            }
        });
        assertEquals("100", browser.findElement(By.cssSelector("progress")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector(".summary-line")).getText().contains("5000 imported"));
    }

    @Test
    void anAdminCreatesAnEditorWhoThenLogsIn() {
        String name = "ed-" + UUID.randomUUID().toString().substring(0, 6);
        logIn("admin", Gazette.ADMIN_PASSWORD);
        follow(By.linkText("Users"));
        shown(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("short");
        submit();
        assertTrue(shown(By.id("password-error")).getText().contains("at least"), "a short password is refused");
        browser.findElement(By.id("password")).sendKeys("a-long-enough-password");
        submit();
        assertTrue(shown(By.cssSelector(".notice")).getText().contains("Created the account " + name));

        browser.manage().deleteAllCookies();
        logIn(name, "a-long-enough-password");
        assertTrue(browser.findElements(By.linkText("Users")).isEmpty(), "an editor sees no admin-only links");
    }

    @Test
    void markupInAnArticleIsNeverRunByTheBrowser() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String hostile = "<script>window.gazettePwned=1</script><img src=x onerror=\"window.gazettePwned=2\">";
        String file = "Hostile " + run + " " + hostile + "\n\n2026-11-21 08:30:00\n\nAbstract: " + hostile + "\n\nBody " + hostile + "\n";
        String answer = Gazette.client(url).basic("admin", Gazette.ADMIN_PASSWORD).postFiles("/api/import",
                Map.of("source", "Hostile " + run), Map.of("h.txt", Uploads.utf8(file))).body();
        String slug = answer.split("\"slug\":\"")[1].split("\"")[0];

        for (String page : new String[] {"/articles/" + slug, "/search?q=hostile+" + run, "/"}) {
            browser.get(site + page);
            shown(By.cssSelector("main"));
            assertNull(((JavascriptExecutor) browser).executeScript("return window.gazettePwned;"), page);
        }
        browser.get(site + "/articles/" + slug);
        assertTrue(shown(By.cssSelector("h1.story-title")).getText().contains("<script>"), "shown as text");
    }
}
