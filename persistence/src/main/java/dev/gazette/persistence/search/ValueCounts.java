package dev.gazette.persistence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching articles per value of keyword fields that hold one value per article (the source, the month),
 * and how many match at all. Lucene's facet module first records every match in a set and reads the values in a
 * second pass; counting as the matches are found, in each searching thread, halved what facets cost over a million
 * articles. Per segment, a count per ordinal; the ordinals become values only once, at the end. Nothing here needs
 * a score, which spares Lucene computing any (see LuceneSearch).
 */
final class ValueCounts implements CollectorManager<ValueCounts.Counter, ValueCounts.Counts> {

    /** The number of matching articles, and per field, per value, the number of them with that value. */
    record Counts(long total, Map<String, Map<String, Long>> byField) {
    }

    private final List<String> fields;

    ValueCounts(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        fields.forEach(field -> counts.put(field, new HashMap<>()));
        long total = 0;
        for (Counter counter : counters) {
            total += counter.total;
            for (Segment segment : counter.segments) {
                Map<String, Long> values = counts.get(segment.field());
                int[] perOrdinal = segment.counts();
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        values.merge(segment.values().lookupOrd(ord).utf8ToString(), (long) perOrdinal[ord], Long::sum);
                    }
                }
            }
        }
        return new Counts(total, counts);
    }

    private record Segment(String field, SortedDocValues values, int[] counts) {
    }

    static final class Counter extends SimpleCollector {

        private final List<String> fields;
        private final List<Segment> segments = new ArrayList<>();
        private Segment[] current = new Segment[0];
        private long total;

        private Counter(List<String> fields) {
            this.fields = fields;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            current = new Segment[fields.size()];
            for (int i = 0; i < current.length; i++) {
                String field = fields.get(i);
                // Keyword fields are written as sorted sets; with one value per document Lucene reads them as one.
                SortedDocValues values = DocValues.unwrapSingleton(DocValues.getSortedSet(context.reader(), field));
                if (values == null) {
                    throw new IllegalStateException(field + " holds several values in a document");
                }
                current[i] = new Segment(field, values, new int[(int) values.getValueCount()]);
                segments.add(current[i]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (Segment segment : current) {
                if (segment.values().advanceExact(doc)) {
                    segment.counts()[segment.values().ordValue()]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
