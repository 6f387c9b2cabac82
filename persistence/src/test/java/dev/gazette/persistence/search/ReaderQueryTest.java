package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.search.ReaderQuery.Field;
import dev.gazette.persistence.search.ReaderQuery.Kind;
import dev.gazette.persistence.search.ReaderQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderQueryTest {

    private static Term word(String text) {
        return new Term(Field.ANY, Kind.WORD, text);
    }

    @Test
    void readsPlainWordsAsAllRequired() {
        assertEquals(List.of(List.of(word("harbour")), List.of(word("strike"))), ReaderQuery.parse("harbour  strike").required());
    }

    @Test
    void dropsStopWords() {
        assertEquals(List.of(List.of(word("war"))), ReaderQuery.parse("the war").required());
    }

    @Test
    void readsPhrasesExclusionsAndPrefixes() {
        ReaderQuery query = ReaderQuery.parse("\"peace talks\" -Moscow negot*");

        assertEquals(List.of(List.of(new Term(Field.ANY, Kind.PHRASE, "peace talks")),
                List.of(new Term(Field.ANY, Kind.PREFIX, "negot"))), query.required());
        assertEquals(List.of(word("Moscow")), query.excluded());
    }

    @Test
    void joinsTermsAroundOrIntoOneGroup() {
        assertEquals(List.of(List.of(word("tea"), word("coffee")), List.of(word("prices"))),
                ReaderQuery.parse("tea OR coffee prices").required());
    }

    @Test
    void readsFieldOperators() {
        assertEquals(List.of(List.of(new Term(Field.TITLE, Kind.WORD, "harbour")),
                List.of(new Term(Field.SOURCE, Kind.PHRASE, "Harbour Courier"))),
                ReaderQuery.parse("title:harbour source:\"Harbour Courier\"").required());
    }

    @Test
    void closesAnUnbalancedQuoteAtTheEnd() {
        assertEquals(List.of(List.of(new Term(Field.ANY, Kind.PHRASE, "peace talks"))),
                ReaderQuery.parse("\"peace talks").required());
    }

    @Test
    void ignoresAFieldOperatorWithNothingAfterIt() {
        assertTrue(ReaderQuery.parse("title:").isEmpty());
        assertEquals(List.of(List.of(word("war"))), ReaderQuery.parse("title: war").required());
    }

    @ParameterizedTest
    @ValueSource(strings = {"((", "))", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "OR", "-", "\"", "*", "AND NOT", "title:\"\""})
    void neverFailsOnSyntax(String input) {
        ReaderQuery query = ReaderQuery.parse(input);
        query.required().forEach(group -> group.forEach(term -> assertTrue(term.text().matches("[\\p{L}\\p{N}' ]+"), term.toString())));
    }

    @Test
    void limitsTheLengthOfAQuery() {
        ReaderQuery query = ReaderQuery.parse("word ".repeat(2000));

        assertEquals(ReaderQuery.MAX_TERMS, query.required().size());
    }
}
