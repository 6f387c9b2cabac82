package dev.gazette.web.feeds;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.gazette.domain.articles.Article;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One feed of articles, newest first, written by Rome as Atom 1.0 or RSS 2.0: each entry has the article's title,
 * permalink (also its id), publication and last change, source as author and whole abstract.
 */
record Feed(String title, String description, String page, String self, List<Article> articles) {

    /** The two formats, by the extension of their addresses. */
    enum Format {
        ATOM("atom_1.0", "application/atom+xml;charset=UTF-8"),
        RSS("rss_2.0", "application/rss+xml;charset=UTF-8");

        final String romeType;
        final String mediaType;

        Format(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }

        static Format of(String extension) {
            return "rss".equals(extension) ? RSS : ATOM;
        }
    }

    byte[] written(Format format, String site, Instant fallbackUpdated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLink(site + page);
        feed.setUri(site + self);
        feed.setLanguage("en");
        feed.setGenerator("Gazette");
        feed.setLinks(List.of(link("alternate", site + page, "text/html"), link("self", site + self, format.mediaType)));
        Instant updated = articles.stream().map(Feed::changed).max(Instant::compareTo).orElse(fallbackUpdated);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article article : articles) {
            entries.add(entry(article, site));
        }
        feed.setEntries(entries);
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (FeedException | java.io.IOException e) {
            throw new IllegalStateException("Could not write the feed " + self, e);
        }
    }

    private static SyndEntry entry(Article article, String site) {
        String permalink = site + "/articles/" + article.slug();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.title());
        entry.setLink(permalink);
        entry.setUri(permalink);
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(changed(article)));
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName(article.source().name());
        author.setUri(site + "/sources/" + article.source().slug());
        entry.setAuthors(List.of(author));
        entry.setAuthor(article.source().name());
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(article.summary());
        entry.setDescription(summary);
        return entry;
    }

    /** When an entry last changed: its correction, or its publication if never corrected (or corrected before it). */
    static Instant changed(Article article) {
        Instant updated = article.updatedAt();
        return updated == null || updated.isBefore(article.publishedAt()) ? article.publishedAt() : updated;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
