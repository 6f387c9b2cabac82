package dev.gazette.web.sitemap;

import dev.gazette.persistence.articles.ArticleAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap protocol (sitemaps.org 0.9): a {@code urlset} of at most {@value #MAX_URLS} addresses, or, for more, a
 * {@code sitemapindex} of such pages. Written by the JDK's StAX writer, which escapes what needs escaping.
 */
final class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    static byte[] urls(String site, List<ArticleAddress> addresses) {
        return written("urlset", out -> {
            for (ArticleAddress address : addresses) {
                out.writeStartElement("url");
                element(out, "loc", site + "/articles/" + address.slug());
                element(out, "lastmod", address.changedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                out.writeEndElement();
            }
        });
    }

    /** The index of {@code pages} sitemaps at {@code /sitemaps/articles-1.xml} and on. */
    static byte[] index(String site, int pages, Instant changed) {
        return written("sitemapindex", out -> {
            for (int page = 1; page <= pages; page++) {
                out.writeStartElement("sitemap");
                element(out, "loc", site + "/sitemaps/articles-" + page + ".xml");
                element(out, "lastmod", changed.truncatedTo(ChronoUnit.SECONDS).toString());
                out.writeEndElement();
            }
        });
    }

    static int pagesFor(long urls) {
        return (int) Math.max(1, (urls + MAX_URLS - 1) / MAX_URLS);
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static byte[] written(String root, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement(root);
            out.writeDefaultNamespace(NAMESPACE);
            body.write(out);
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
