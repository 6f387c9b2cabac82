package dev.gazette.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic news articles from a fixed seed: words drawn with a Zipf distribution (a word's frequency falls as 1/rank:
 * a few words are everywhere, most are rare, as in real text), about 4 KB of body each, spread over sources and six
 * years.
 *
 * <p>The {@link Vocabulary#REALISTIC} vocabulary ranks like English news: common function words first, then some 420
 * news words, then a long tail of 30,000 rarer words (made up from syllables, as names and rare terms would be).
 * Readers' queries are content words, drawn from the same distribution past the function words. The
 * {@link Vocabulary#SMALL} vocabulary, the first version of this benchmark, has the 420 news words alone: every
 * word is then in a quarter to nearly all of the articles, so every query matches a large share of the corpus.
 */
final class Corpus {

    enum Vocabulary { SMALL, REALISTIC }

    static final String[] SOURCES = {"Harbour Courier", "Lakeside Ledger", "Alpine Morning Post", "Southern Cross Daily",
            "Capital Observer", "Valley Tribune", "Coastal Herald", "Metro Bulletin"};

    private static final String[] WORDS = ("""
            government minister election parliament vote policy budget tax economy inflation prices market bank rates
            interest growth recession jobs unemployment workers union strike wages company profits shares investors
            trade exports imports tariffs deal agreement talks negotiations summit leaders president prime ceasefire war
            peace troops army defence security police court judge trial ruling law rights protest crowd city council
            mayor housing rent homes construction transport rail trains buses airport flights roads traffic bridge port
            harbour ships shipping cargo energy power electricity gas oil coal solar wind turbines climate emissions
            carbon weather storm flood rain drought heat wildfire snow temperature forecast scientists research study
            university students schools teachers education health hospital doctors nurses patients vaccine virus
            disease cancer medicine treatment water river lake sea coast beach fishing farmers harvest crops food
            festival music film theatre museum gallery artist concert library book author award prize football
            match goal team coach season league cup final championship tournament players fans stadium record race
            marathon cycling tennis cricket rugby technology software internet data privacy phones computers
            artificial intelligence startup launch satellite rocket space mission telescope planet discovery species
            wildlife forest park garden village region province state national international global local community
            residents families children volunteers charity donations church tradition history anniversary centenary
            report survey figures statistics analysts experts officials spokesperson statement announcement plans
            project funding investment costs spending deficit debt pension retirement insurance banking currency euro
            dollar pound yen exchange stock index crisis recovery rescue emergency evacuation damage repairs
            reconstruction infrastructure network service delays cancellations passengers tourists visitors hotel
            restaurant retail shops sales consumers demand supply shortage queue winter summer spring autumn morning
            evening weekend monday friday january february march april june july august september october november
            december northern southern eastern western central glacier mountain valley island reef coral ocean
            """).trim().split("\\s+");
    // Frequent words a reader does not search for (most are stop words).
    private static final String[] FUNCTION_WORDS = ("""
            the of and to a in that is was for on it with as he she said at by from his her be have are has had but
            they not this after an which were who will their been would its more also new one two first last year
            years people time up out about over into than could we our i you there when what all can other some
            """).trim().split("\\s+");
    private static final String[] TAIL = syllableWords(30_000, 77L);
    private static final String[] REALISTIC_WORDS = concat(FUNCTION_WORDS, WORDS, TAIL);

    private static final String[] NAMES = ("Zelenskyy Putin Trump Macron Scholz Sunak Modi Lula Albanese Carney "
            + "Meloni Sanchez Tusk Erdogan Xi Kishida Ramaphosa Milei Sheinbaum Stoltenberg").split(" ");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Random random;
    private final String[] vocabulary;
    private final int firstQueryWord;

    Corpus(long seed, Vocabulary vocabulary) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary == Vocabulary.SMALL ? WORDS : REALISTIC_WORDS;
        this.firstQueryWord = vocabulary == Vocabulary.SMALL ? 0 : FUNCTION_WORDS.length;
    }

    /** A word with probability falling as 1/rank: the vocabulary's first words are the common ones. */
    String word() {
        return zipf(0);
    }

    private String zipf(int from) {
        // Log-uniform ranks from 1 to the size: P(rank) falls as 1/rank.
        int size = vocabulary.length - from;
        int rank = (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1;
        return vocabulary[from + Math.max(0, Math.min(size - 1, rank))];
    }

    /** Made-up words of two to four syllables, the same for a seed, all different. */
    private static String[] syllableWords(int count, long seed) {
        String[] onsets = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr",
                "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
        String[] codas = {"", "", "n", "r", "s", "l", "m", "t", "nd", "rk"};
        Random random = new Random(seed);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)])
                        .append(codas[random.nextInt(codas.length)]);
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = random.nextInt(40) == 0 ? NAMES[random.nextInt(NAMES.length)] : word();
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        return sentence.toString().trim() + ".";
    }

    record Article(String source, String title, LocalDateTime publishedAt, String summary, List<String> paragraphs) {

        byte[] file() {
            return (title + "\n\n" + publishedAt.format(TIMESTAMP) + "\n\nAbstract: " + summary + "\n\n"
                    + String.join("\n\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    Article article(int n) {
        String title = sentence(5 + random.nextInt(6));
        title = title.substring(0, title.length() - 1) + " " + n; // unique: never a duplicate
        LocalDateTime when = LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(6 * 365 * 24 * 3600));
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                paragraph.append(sentence(14 + random.nextInt(10))).append(' ');
            }
            paragraphs.add(paragraph.toString().trim());
        }
        return new Article(SOURCES[n % SOURCES.length], title, when, sentence(25), paragraphs);
    }

    /** A query of one to three content words, as readers type them. */
    String query() {
        int words = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            query.append(i == 0 ? "" : " ").append(zipf(firstQueryWord));
        }
        return query.toString();
    }
}
