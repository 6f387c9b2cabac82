package dev.gazette.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the page the browser shows: the copy of axe.min.js in Deque's jar (only
 * the script is used, none of the jar's code). Rules of WCAG 2.0, 2.1 and 2.2, levels A and AA.
 */
final class Axe {

    private static final String SCRIPT = read();

    private Axe() {
    }

    /** The violations on the current page, one line each with the first places they occur; empty if none. */
    static String violations(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript(SCRIPT);
        Object found = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                    .then(function (result) {
                        done(result.violations.map(function (v) {
                            return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {
                                return n.target.join(' ') + ' - ' + n.failureSummary.replace(/\\s+/g, ' ');
                            }).join(' | ');
                        }).join('\\n'));
                    })
                    .catch(function (e) { done('axe failed: ' + e); });
                """);
        return String.valueOf(found);
    }

    private static String read() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
