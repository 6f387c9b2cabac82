package dev.gazette.persistence.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** The month of a publication instant, "2025-02" in UTC: the value of the month facet. */
public class MonthBridge implements ValueBridge<Instant, String> {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withZone(ZoneOffset.UTC);

    @Override
    public String toIndexedValue(Instant value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : MONTH.format(value);
    }
}
