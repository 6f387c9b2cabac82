package dev.gazette.persistence.search;

import dev.gazette.persistence.settings.Settings;
import java.io.IOException;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.util.FrequencyTrackingRingBuffer;

/**
 * Which parts of a search Lucene keeps, per segment, as the set of articles they match: Lucene's own policy, and
 * also a word searched for again. Counting a search's matches walks every article of every word; a frequent word
 * ("government", in half of all articles) is a long list to decode at each search, and the searches that find the
 * most are made of such words. Kept as a set, the same walk is a scan of bits. Lucene's policy never keeps a single
 * word, which is fast enough when scored, as on a page; only the counting pass, which scores nothing, uses the sets.
 * The sets live while their segment does and take at most {@link #MAX_BYTES} of the heap, least recently used
 * first out.
 */
final class FrequentWords implements QueryCachingPolicy {

    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** {@code gazette.search.query-cache=false} turns the sets off, for the benchmark to measure searches without. */
    static final boolean ENABLED = Settings.flag("gazette.search.query-cache", true);

    /** The cache of all searches: segments of at least 10,000 articles (smaller ones are quick to walk). */
    static final QueryCache CACHE = new LRUQueryCache(1000, MAX_BYTES, leaf -> leaf.reader().maxDoc() >= 10_000, 10f);

    private final QueryCachingPolicy others = new UsageTrackingQueryCachingPolicy();
    /** The last 256 words searched for, by hash, as Lucene's policy tracks the rest. */
    private final FrequencyTrackingRingBuffer recentWords = new FrequencyTrackingRingBuffer(256, 0);

    @Override
    public void onUse(Query query) {
        if (query instanceof TermQuery) {
            synchronized (recentWords) {
                recentWords.add(query.hashCode());
            }
        } else {
            others.onUse(query);
        }
    }

    @Override
    public boolean shouldCache(Query query) throws IOException {
        if (query instanceof TermQuery) {
            synchronized (recentWords) {
                return recentWords.frequency(query.hashCode()) >= 2;
            }
        }
        return others.shouldCache(query);
    }
}
