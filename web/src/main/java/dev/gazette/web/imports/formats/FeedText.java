package dev.gazette.web.imports.formats;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML of feed items as plain text, by jsoup: block elements become paragraphs; scripts, styles and tags go. */
final class FeedText {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td";

    private FeedText() {
    }

    /** One line of text: a title, a feed's name. */
    static String line(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, iframe, object, embed").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : document.body().select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1) { // only the innermost blocks, so that no text is taken twice
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            String text = document.body().text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
