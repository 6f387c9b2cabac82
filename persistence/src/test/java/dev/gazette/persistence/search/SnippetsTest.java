package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String BODY = "Markets opened calmly on Monday. "
            + "Negotiators said the negotiations on the grain corridor would resume in Istanbul next week. "
            + "Analysts expect little movement before the summit. "
            + "Prices of coffee and <b>cocoa</b> rose for a third day as traders worried about the harvest in Brazil. "
            + "The central bank kept its rate unchanged.";

    private static Snippets.Marks marks(String q, boolean tolerateTypos) {
        return Snippets.Marks.of(ReaderQuery.parse(q), tolerateTypos);
    }

    @Test
    void marksStemmedWordsInOnePassageAroundTheMatch() {
        String passage = Snippets.passage(marks("negotiate", false), List.of(BODY));

        assertTrue(passage.contains("<mark>Negotiators</mark>") || passage.contains("<mark>negotiations</mark>"), passage);
        assertTrue(passage.length() < BODY.length(), "one passage, not the whole text: " + passage);
        assertTrue(!passage.contains("central bank"), passage);
    }

    @Test
    void takesThePassageFromTheFirstTextThatMatches() {
        assertEquals("Calm <mark>markets</mark>.", Snippets.passage(marks("market", false),
                List.of("No match here.", "Calm markets.", BODY)));
        assertNull(Snippets.passage(marks("volcano", false), List.of("No match here.", BODY)));
    }

    @Test
    void escapesTheTextAroundTheMarks() {
        String passage = Snippets.passage(marks("cocoa", false), List.of(BODY));

        assertTrue(passage.contains("&lt;b&gt;<mark>cocoa</mark>&lt;&#x2F;b&gt;") || passage.contains("&lt;b&gt;<mark>cocoa</mark>&lt;/b&gt;"), passage);
    }

    @Test
    void marksPhrasesOnlyWhereTheWordsFollowEachOther() {
        String passage = Snippets.passage(marks("\"grain corridor\"", false), List.of(BODY));

        assertTrue(passage.contains("<mark>grain</mark> <mark>corridor</mark>") || passage.contains("<mark>grain corridor</mark>"), passage);
        assertNull(Snippets.passage(marks("\"corridor grain\"", false), List.of(BODY)));
    }

    @Test
    void marksPrefixes() {
        assertTrue(Snippets.passage(marks("harv*", false), List.of(BODY)).contains("<mark>harvest</mark>"));
    }

    @Test
    void marksNearMissesOnlyWhenTheSearchToleratedThem() {
        assertNull(Snippets.passage(marks("cofee", false), List.of(BODY)));
        assertTrue(Snippets.passage(marks("cofee", true), List.of(BODY)).contains("<mark>coffee</mark>"));
    }

    @Test
    void marksANearMissInEveryTextOfAPage() {
        // One Marks serves a whole page of snippets (its near miss built once): every title and text is marked alike.
        Snippets.Marks marks = marks("cofee", true);

        assertEquals("Cheap <mark>coffee</mark>", Snippets.title(marks, "Cheap coffee"));
        assertEquals("<mark>Coffees</mark> of the world", Snippets.title(marks, "Coffees of the world"));
        assertNull(Snippets.title(marks, "Tea at noon"));
        assertTrue(Snippets.passage(marks, List.of("Nothing here.", BODY)).contains("<mark>coffee</mark>"));
    }

    @Test
    void marksTheWholeTitleOrNothing() {
        assertEquals("Grain <mark>talks</mark> resume &amp; prices fall",
                Snippets.title(marks("talk", false), "Grain talks resume & prices fall"));
        assertNull(Snippets.title(marks("coffee", false), "Grain talks resume & prices fall"));
        assertNull(Snippets.title(marks("title:talks -coffee source:reuters", false), "Coffee prices"));
    }

    @Test
    void findsTheNearestWordOfAText() {
        assertEquals("coffee", Snippets.nearest("kofee", 2, List.of(BODY)));
        assertNull(Snippets.nearest("kofee", 1, List.of(BODY)), "two edits away");
        assertNull(Snippets.nearest("zzzzzz", 2, List.of(BODY)));
        assertEquals("Negotiators", Snippets.writtenAs("negoti", List.of("Nothing here.", BODY)), "as the text writes it");
    }
}
