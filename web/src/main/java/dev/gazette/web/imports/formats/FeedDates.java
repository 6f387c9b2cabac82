package dev.gazette.web.imports.formats;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The dates of a feed's items as written, read strictly. Rome reads dates leniently: "2025-13-45" becomes a day
 * in 2026. Here an Atom date must be RFC 3339 and an RSS date RFC 822 (as RFC 1123 writes it, with the US zone
 * names RSS feeds use), or the item is refused with its date quoted. Read with the JDK's StAX, DTDs off.
 */
final class FeedDates {

    /** One item's date: the text as written (null if none), and the instant (null if the text is no valid date). */
    record Written(String text, Instant instant) {
    }

    private static final Map<String, String> US_ZONES = Map.of("EST", "-0500", "EDT", "-0400", "CST", "-0600",
            "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700", "UT", "+0000", "Z", "+0000");

    private FeedDates() {
    }

    /** The dates of the items or entries, in document order. */
    static List<Written> of(byte[] content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
        List<Written> dates = new ArrayList<>();
        int depth = 0;
        int itemDepth = -1;
        String published = null;
        String updated = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (itemDepth < 0 && (name.equals("item") || name.equals("entry"))) {
                        itemDepth = depth;
                        published = null;
                        updated = null;
                    } else if (itemDepth > 0 && depth == itemDepth + 1) {
                        switch (name) {
                            case "pubDate", "published", "date" -> published = published == null ? xml.getElementText() : published;
                            case "updated" -> updated = xml.getElementText();
                            default -> { }
                        }
                        if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == itemDepth) {
                        String text = published != null ? published : updated;
                        dates.add(new Written(text == null ? null : text.strip(), text == null ? null : parse(text.strip())));
                        itemDepth = -1;
                    }
                    depth--;
                }
            }
        } finally {
            xml.close();
        }
        return dates;
    }

    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            String rfc822 = text;
            for (Map.Entry<String, String> zone : US_ZONES.entrySet()) {
                if (rfc822.endsWith(" " + zone.getKey())) {
                    rfc822 = rfc822.substring(0, rfc822.length() - zone.getKey().length()) + zone.getValue();
                }
            }
            try {
                return ZonedDateTime.parse(rfc822, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc822) {
                return null;
            }
        }
    }
}
