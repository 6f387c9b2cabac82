package dev.gazette.it.browser;

import dev.gazette.it.GazetteIT;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.AssertionFailedError;

/**
 * A journey in headless Chromium through the deployed portal: a fresh browser for every test.
 *
 * <p>Every step that leaves a page goes through {@link #submit} or {@link #follow}, which wait until the next page
 * has loaded: a click can return before the browser has started the navigation it causes (a multipart upload on a
 * busy machine, say), and a lookup made then reads the page that is about to go away.
 */
abstract class BrowserIT extends GazetteIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    WebDriver browser;
    String site;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.open();
        site = http.base();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Clicks what leads to another page (a link, a submit button) and waits until that page has replaced this one. */
    void follow(By what) {
        // A mark on this page's window: a new page comes with a new window object, without it. (Waiting for the
        // old element to go stale is not enough: Chromium may report it as belonging to no document instead.)
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.gazetteLeaving = true;");
        browser.findElement(what).click();
        try {
            new WebDriverWait(browser, PATIENCE).until(driver -> {
                try {
                    return Boolean.TRUE.equals(page.executeScript(
                            "return window.gazetteLeaving === undefined && document.readyState === 'complete';"));
                } catch (WebDriverException navigating) {
                    return false; // between two pages
                }
            });
        } catch (TimeoutException stuck) {
            throw new AssertionFailedError("clicking " + what + " did not leave " + where(), stuck);
        }
    }

    /** Submits the page's form with its button. */
    void submit() {
        follow(By.cssSelector("form.form button, .search-form button"));
    }

    /** The element once the page shows it, or a failure that says which page the browser is on and what it says. */
    WebElement shown(By what) {
        try {
            return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
        } catch (TimeoutException missing) {
            throw new AssertionFailedError("no " + what + " on " + where(), missing);
        }
    }

    private String where() {
        String text;
        try {
            text = browser.findElement(By.tagName("body")).getText();
        } catch (RuntimeException gone) {
            text = "(unreadable: " + gone.getClass().getSimpleName() + ")";
        }
        return browser.getCurrentUrl() + ", which reads: " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
}
