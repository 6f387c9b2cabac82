package dev.gazette.web.imports.formats;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.gazette.domain.articles.Article;
import dev.gazette.domain.articles.file.ArticleFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import java.util.List;
import java.util.Optional;

/**
 * RSS 2.0 and Atom feeds, read by Rome: each item an article named {@code feed.xml#n}, its source the feed's title
 * unless the editor chose one. Rome refuses any DOCTYPE, so no external entity is read (XXE) and no entity expands
 * (billion laughs). HTML in items becomes plain paragraphs (FeedText); no markup is stored.
 */
final class FeedFormat {

    private FeedFormat() {
    }

    static List<ImportItem> read(String name, byte[] content) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(content)));
        } catch (FeedException | IllegalArgumentException | IOException unreadable) {
            return List.of(ImportItem.rejected(name, explain(unreadable), 0));
        }
        List<FeedDates.Written> dates;
        try {
            dates = FeedDates.of(content);
        } catch (XMLStreamException unreadable) {
            return List.of(ImportItem.rejected(name, "The feed's XML cannot be read: " + unreadable.getMessage(), 0));
        }
        String source = FeedText.line(feed.getTitle());
        List<ImportItem> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            FeedDates.Written date = i < dates.size() ? dates.get(i) : new FeedDates.Written(null, null);
            items.add(item(name + "#" + (i + 1), entries.get(i), date, source));
        }
        if (items.isEmpty()) {
            items.add(ImportItem.rejected(name, "The feed has no items", 0));
        }
        return items;
    }

    private static ImportItem item(String name, SyndEntry entry, FeedDates.Written written, String source) {
        String title = FeedText.line(entry.getTitle());
        if (title.isEmpty()) {
            return ImportItem.rejected(name, "The item has no title", 0);
        }
        if (written.text() == null) {
            return ImportItem.rejected(name, "The item has no publication date (pubDate, published or updated)", 0);
        }
        if (written.instant() == null) {
            return ImportItem.rejected(name, "The item's date “" + Fields.cut(written.text()) + "” is not a valid date"
                    + " (RFC 822 in RSS, like Thu, 13 Feb 2025 02:10:00 GMT; RFC 3339 in Atom, like 2025-02-13T02:10:00Z)", 0);
        }
        Instant date = written.instant();
        String descriptionHtml = entry.getDescription() == null ? "" : entry.getDescription().getValue();
        String contentHtml = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null)
                .reduce("", (a, b) -> a + "\n" + b);
        List<String> description = FeedText.paragraphs(descriptionHtml);
        List<String> body = contentHtml.isBlank() ? description : FeedText.paragraphs(contentHtml);
        if (body.isEmpty()) {
            return ImportItem.rejected(name, "The item has no text (no description or content)", 0);
        }
        String summary = description.isEmpty() ? body.get(0) : String.join(" ", description);
        if (summary.length() > Article.MAX_SUMMARY) {
            summary = summary.substring(0, Article.MAX_SUMMARY - 1) + "…";
        }
        ArticleFile file = new ArticleFile(title, LocalDateTime.ofInstant(date, ZoneOffset.UTC), summary, body);
        Optional<String> problem = Checks.problem(file);
        return problem.map(reason -> ImportItem.rejected(name, reason, 0))
                .orElseGet(() -> ImportItem.article(name, file, source, date, ImportItem.SourceRule.CHOSEN_FIRST));
    }

    private static String explain(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.toLowerCase().contains("doctype")) {
            return "The feed declares a DOCTYPE, which Gazette does not read (it could make the server read files"
                    + " or expand entities without end); remove it";
        }
        return "This is not an RSS or Atom feed Gazette can read: " + message.lines().findFirst().orElse("");
    }
}
