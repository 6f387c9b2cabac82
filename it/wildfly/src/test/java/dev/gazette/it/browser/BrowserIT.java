package dev.gazette.it.browser;

import dev.gazette.it.GazetteIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A journey in headless Chromium through the deployed portal: a fresh browser for every test. */
abstract class BrowserIT extends GazetteIT {

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
}
