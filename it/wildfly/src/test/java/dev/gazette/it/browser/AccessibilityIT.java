package dev.gazette.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.it.Gazette;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * WCAG 2.2 AA as axe-core checks it, on every page a reader or an editor starts from, in the light and the dark
 * theme; and screenshots of them at a phone's width and a desk's, kept in target/screenshots for people to look at.
 */
class AccessibilityIT extends BrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Map<String, String> readerPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("article", "/articles/meridian-space-telescope-lifts-off-on-its-way-to-deep-orbit");
        pages.put("search", "/search?q=telescope");
        pages.put("source", "/sources/the-harbour-courier");
        pages.put("sources", "/sources");
        pages.put("login", "/login");
        return pages;
    }

    @Test
    void readerPagesHaveNoViolationsInEitherTheme() throws Exception {
        // A title of one long word on the front page (a URL, a code), which must wrap on a phone.
        String word = "Unbreakable" + "x".repeat(90) + java.util.UUID.randomUUID().toString().replace("-", "");
        dev.gazette.it.Gazette.client(url).basic(dev.gazette.it.Accounts.create(http, "editor"), dev.gazette.it.Accounts.PASSWORD)
                .postFiles("/api/import", Map.of("source", "Long Words Desk"), Map.of("long.txt",
                        (word + "\n\n" + java.time.LocalDate.now().plusDays(2) + " 08:00:00\n\nAbstract: " + word
                                + " again.\n\nA body about " + word + ".\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        StringBuilder violations = new StringBuilder();
        for (String theme : new String[] {"light", "dark"}) {
            for (Map.Entry<String, String> page : readerPages().entrySet()) {
                check(page.getKey(), page.getValue(), theme, violations);
            }
        }
        assertEquals("", violations.toString());
    }

    @Test
    void theImportPageHasNoViolationsInEitherTheme() throws Exception {
        browser.get(site + "/login");
        shown(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Gazette.ADMIN_PASSWORD);
        follow(By.cssSelector("form.form button"));
        StringBuilder violations = new StringBuilder();
        for (String theme : new String[] {"light", "dark"}) {
            check("admin-import", "/admin/import", theme, violations);
            check("admin-home", "/admin", theme, violations);
        }
        assertEquals("", violations.toString());
    }

    private void check(String name, String path, String theme, StringBuilder violations) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(site + path);
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('gazette.theme', arguments[0]);", theme);
        browser.navigate().refresh();
        shown(By.tagName("h1"));
        assertEquals(theme, ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.getAttribute('data-theme');"), "the theme applied");
        String found = Axe.violations(browser);
        if (!found.isBlank()) {
            violations.append(name).append(" (").append(theme).append("): ").append(found).append('\n');
        }
        screenshot(name + "-" + theme + "-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(Duration.ofMillis(200).toMillis()); // the layout settles at the new width
        screenshot(name + "-" + theme + "-390");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        if (Boolean.TRUE.equals(overflow)) {
            violations.append(name).append(" (").append(theme).append("): wider than a 390 px screen\n");
        }
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
