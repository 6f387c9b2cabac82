package dev.gazette.persistence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching articles per value of keyword fields that hold one value per article (the source, the month),
 * and how many match at all. Lucene's facet module first records every match in a set and reads the values in a
 * second pass; counting as the matches are found, in each searching thread, halved what facets cost over a million
 * articles. Nothing here needs a score, which spares Lucene computing any (see LuceneSearch).
 * <p>
 * Each segment's values are read once into a table in memory, an ordinal per article and field (4 bytes each: 8 MB
 * for a million articles and both facets), kept while the segment lives. Reading them from the index's doc values
 * at every match (decoding from the memory-mapped file, a bounds check per byte) was a third of counting the matches
 * of a search over a million articles; a segment never changes, so neither does its table.
 */
final class ValueCounts implements CollectorManager<ValueCounts.Counter, ValueCounts.Counts> {

    /** The number of matching articles, and per field, per value, the number of them with that value. */
    record Counts(long total, Map<String, Map<String, Long>> byField) {
    }

    /** The tables of the open segments, by segment and field; a segment's go when Lucene closes it. */
    private static final Map<Object, Map<String, Table>> TABLES = new ConcurrentHashMap<>();

    private final List<String> fields;

    ValueCounts(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Counts reduce(Collection<Counter> counters) {
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
                        values.merge(segment.table().values()[ord], (long) perOrdinal[ord], Long::sum);
                    }
                }
            }
        }
        return new Counts(total, counts);
    }

    /**
     * One field of one segment: its values by ordinal, and each article's ordinal (-1 for none).
     */
    private record Table(String[] values, int[] ordinals) {

        static Table of(LeafReader reader, String field) throws IOException {
            Object segment = segmentKey(reader);
            if (segment == null) {
                return read(reader, field); // not a segment of an index (a wrapper, say): nothing to keep it by
            }
            Map<String, Table> tables = TABLES.computeIfAbsent(segment, key -> {
                reader.getCoreCacheHelper().addClosedListener(TABLES::remove);
                return new ConcurrentHashMap<>();
            });
            Table table = tables.get(field);
            if (table == null) {
                // Two searches meeting a new segment may both read it: the same table, kept once.
                table = read(reader, field);
                tables.put(field, table);
            }
            return table;
        }

        private static Object segmentKey(LeafReader reader) {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            return helper == null ? null : helper.getKey();
        }

        private static Table read(LeafReader reader, String field) throws IOException {
            // Keyword fields are written as sorted sets; with one value per document Lucene reads them as one.
            SortedDocValues values = DocValues.unwrapSingleton(DocValues.getSortedSet(reader, field));
            if (values == null) {
                throw new IllegalStateException(field + " holds several values in a document");
            }
            String[] byOrdinal = new String[values.getValueCount()];
            for (int ord = 0; ord < byOrdinal.length; ord++) {
                byOrdinal[ord] = values.lookupOrd(ord).utf8ToString();
            }
            int[] ordinals = new int[reader.maxDoc()];
            Arrays.fill(ordinals, -1);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ordinals[doc] = values.ordValue();
            }
            return new Table(byOrdinal, ordinals);
        }
    }

    private record Segment(String field, Table table, int[] counts) {
    }

    static final class Counter extends SimpleCollector {

        private final List<String> fields;
        private final List<Segment> segments = new ArrayList<>();
        private int[][] ordinals = new int[0][];
        private int[][] counts = new int[0][];
        private long total;

        private Counter(List<String> fields) {
            this.fields = fields;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ordinals = new int[fields.size()][];
            counts = new int[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                Table table = Table.of(context.reader(), fields.get(i));
                ordinals[i] = table.ordinals();
                counts[i] = new int[table.values().length];
                segments.add(new Segment(fields.get(i), table, counts[i]));
            }
        }

        @Override
        public void collect(int doc) {
            total++;
            for (int i = 0; i < ordinals.length; i++) {
                int ord = ordinals[i][doc];
                if (ord >= 0) {
                    counts[i][ord]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
