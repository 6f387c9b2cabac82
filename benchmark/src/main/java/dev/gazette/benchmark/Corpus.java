package dev.gazette.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news articles from a fixed seed: words drawn from a news vocabulary with a Zipf-like distribution (a few
 * words are everywhere, most are rare, as in real text), about 4 KB of body each, spread over sources and six years.
 */
final class Corpus {

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
    private static final String[] NAMES = ("Zelenskyy Putin Trump Macron Scholz Sunak Modi Lula Albanese Carney "
            + "Meloni Sanchez Tusk Erdogan Xi Kishida Ramaphosa Milei Sheinbaum Stoltenberg").split(" ");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Random random;

    Corpus(long seed) {
        this.random = new Random(seed);
    }

    /** A word with probability falling as 1/rank: the vocabulary's first words are the common ones. */
    String word() {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(WORDS.length + 1, u)) - 1;
        return WORDS[Math.max(0, Math.min(WORDS.length - 1, rank))];
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

    /** A query of one to three words, as readers type them. */
    String query() {
        int words = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            query.append(i == 0 ? "" : " ").append(word());
        }
        return query.toString();
    }
}
