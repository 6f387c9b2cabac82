package dev.gazette.domain.articles.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleFileParserTest {

    private static final String VALID = """
            River Festival Draws Record Crowds

            2026-08-15 18:30:00

            Abstract: The summer river festival had its busiest year yet.

            More than 30,000 people lined the banks on Saturday.

            Organisers plan to extend the festival to three days next year.
            """;

    private final ArticleFileParser parser = new ArticleFileParser();

    // --- accepted layouts ---

    @Test
    void parsesRealisticArticleWithTenParagraphs() throws Exception {
        ArticleFile article = parser.parse(fixture("ten-paragraphs.txt"));

        assertEquals("Tide & Timber: Old Shipyard Reopens as a Community Workshop", article.title());
        assertEquals(LocalDateTime.of(2026, 3, 14, 9, 45, 0), article.publishedAt());
        assertEquals("The long-closed Marlow Street shipyard reopened on Saturday as a workshop where"
                + " residents can learn carpentry & boat repair. Organisers expect 2,000 visitors"
                + " in the first month.", article.summary());
        assertEquals(10, article.paragraphs().size());
        assertTrue(article.paragraphs().get(0).startsWith("The Marlow Street shipyard, shut for almost"));
        assertEquals("\u201CI started here as an apprentice when I was sixteen,\u201D said retired"
                + " shipwright Alma Petrov, who cut the ribbon. \u201CIt\u2019s wonderful to hear saws"
                + " and hammers in this hall again.\u201D", article.paragraphs().get(2));
        assertEquals("The project cost 1.8 million, shared between the city council, a regional"
                + " heritage fund & several hundred small donations collected over three years."
                + " Most of the money went into a new roof and into making the old slipway safe.",
                article.paragraphs().get(3));
        assertTrue(article.paragraphs().get(5).contains("the \u2018Lark\u2019, a wooden fishing boat"));
        assertTrue(article.paragraphs().get(9).endsWith("\u201Cwalk-in\u201D visitors are welcome at weekends."));
    }

    @Test
    void acceptsWindowsLineEnds() throws Exception {
        ArticleFile article = parse(VALID.replace("\n", "\r\n"));

        assertEquals(expected(), article);
    }

    @Test
    void acceptsLoneCarriageReturnLineEnds() throws Exception {
        ArticleFile article = parse(VALID.replace("\n", "\r"));

        assertEquals(expected(), article);
    }

    @Test
    void ignoresUtf8ByteOrderMark() throws Exception {
        ArticleFile article = parse("\uFEFF" + VALID);

        assertEquals("River Festival Draws Record Crowds", article.title());
    }

    @Test
    void stripsTrailingSpacesAndTabsFromEveryLine() throws Exception {
        ArticleFile article = parse("""
                River Festival Draws Record Crowds \t
                \t
                2026-08-15 18:30:00\s\s
                \s
                Abstract: The summer river festival had its busiest year yet.\t
                \t\s
                More than 30,000 people lined the banks on Saturday.\s

                Organisers plan to extend the festival to three days next year.\t
                """);

        assertEquals(expected(), article);
    }

    @Test
    void toleratesExtraBlankLinesAnywhereBetweenParts() throws Exception {
        ArticleFile article = parse("""


                River Festival Draws Record Crowds



                2026-08-15 18:30:00


                Abstract: The summer river festival had its busiest year yet.



                More than 30,000 people lined the banks on Saturday.




                Organisers plan to extend the festival to three days next year.


                """);

        assertEquals(expected(), article);
    }

    @Test
    void acceptsFileWithoutFinalNewline() throws Exception {
        ArticleFile article = parse(VALID.stripTrailing());

        assertEquals(expected(), article);
    }

    @Test
    void acceptsHeaderPartsWithoutBlankLinesBetweenThem() throws Exception {
        ArticleFile article = parse("""
                River Festival Draws Record Crowds
                2026-08-15 18:30:00
                Abstract: The summer river festival had its busiest year yet.

                More than 30,000 people lined the banks on Saturday.

                Organisers plan to extend the festival to three days next year.
                """);

        assertEquals(expected(), article);
    }

    @Test
    void matchesAbstractLabelRegardlessOfCase() throws Exception {
        ArticleFile article = parse(VALID.replace("Abstract:", "ABSTRACT:"));

        assertEquals("The summer river festival had its busiest year yet.", article.summary());
    }

    @Test
    void joinsAbstractContinuationLinesWithSingleSpace() throws Exception {
        ArticleFile article = parse("""
                Title

                2026-08-15 18:30:00

                Abstract:   The festival had
                   its busiest year yet.

                Body.
                """);

        assertEquals("The festival had its busiest year yet.", article.summary());
        assertEquals(List.of("Body."), article.paragraphs());
    }

    @Test
    void joinsSoftWrappedParagraphLinesWithSingleSpace() throws Exception {
        ArticleFile article = parse("""
                Title

                2026-08-15 18:30:00

                Abstract: Summary.

                  First line of the paragraph
                second line of the paragraph
                third line.

                Next paragraph.
                """);

        assertEquals(List.of(
                "First line of the paragraph second line of the paragraph third line.",
                "Next paragraph."), article.paragraphs());
    }

    @Test
    void trimsTitle() throws Exception {
        ArticleFile article = parse(VALID.replace("River Festival", "   River Festival"));

        assertEquals("River Festival Draws Record Crowds", article.title());
    }

    @Test
    void keepsAmpersandsCurlyQuotesAndNonAsciiTextIntact() throws Exception {
        ArticleFile article = parse("""
                Café & Co. wins “Best Bakery” award

                2026-08-15 18:30:00

                Abstract: Zürich’s smallest bakery — 3 m² — beat 40 rivals.

                The owner said: “It’s the ‘secret’ butter & nothing else.” 日本語 too.
                """);

        assertEquals("Café & Co. wins \u201CBest Bakery\u201D award", article.title());
        assertEquals("Zürich\u2019s smallest bakery \u2014 3 m\u00B2 \u2014 beat 40 rivals.", article.summary());
        assertEquals("The owner said: \u201CIt\u2019s the \u2018secret\u2019 butter & nothing else.\u201D"
                + " \u65E5\u672C\u8A9E too.", article.paragraphs().get(0));
    }

    @Test
    void returnsTimestampAsWrittenWithoutApplyingAnyZone() throws Exception {
        ArticleFile article = parse(VALID.replace("2026-08-15 18:30:00", "2026-03-29 02:30:00"));

        // 02:30 on that day does not exist in Central Europe; the parser must not care.
        assertEquals(LocalDateTime.of(2026, 3, 29, 2, 30, 0), article.publishedAt());
    }

    @Test
    void acceptsTitleOfExactly300Characters() throws Exception {
        String title = "T".repeat(300);

        ArticleFile article = parse(VALID.replace("River Festival Draws Record Crowds", title));

        assertEquals(title, article.title());
    }

    @Test
    void acceptsFileOfExactlyTheSizeLimit() throws Exception {
        byte[] content = VALID.getBytes(UTF_8);

        ArticleFile article = new ArticleFileParser(content.length).parse(content);

        assertEquals(expected(), article);
    }

    @Test
    void returnsParagraphsThatCannotBeModified() throws Exception {
        ArticleFile article = parse(VALID);

        assertThrows(UnsupportedOperationException.class, () -> article.paragraphs().add("more"));
    }

    @Test
    void usesTwoMegabytesAsDefaultLimit() {
        assertEquals(2L * 1024 * 1024, new ArticleFileParser().maxBytes());
    }

    @Test
    void refusesLimitThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleFileParser(0));
    }

    // --- rejected files ---

    @Test
    void rejectsFileLargerThanTheLimit() {
        byte[] content = new byte[(int) ArticleFileParser.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(content, (byte) 'a');

        MalformedArticleFileException e = rejection(content);

        assertEquals(0, e.line());
        assertTrue(e.reason().contains("2 MB"), e.reason());
    }

    @Test
    void describesSmallerLimitInKilobytes() {
        byte[] content = new byte[512 * 1024 + 1];

        MalformedArticleFileException e = assertThrows(MalformedArticleFileException.class,
                () -> new ArticleFileParser(512 * 1024).parse(content));

        assertEquals(0, e.line());
        assertTrue(e.reason().contains("512 KB"), e.reason());
    }

    @Test
    void checksSizeBeforeDecoding() {
        byte[] content = new byte[11];
        Arrays.fill(content, (byte) 0xFF);

        MalformedArticleFileException e = assertThrows(MalformedArticleFileException.class,
                () -> new ArticleFileParser(10).parse(content));

        assertTrue(e.reason().contains("10 bytes"), e.reason());
    }

    @Test
    void rejectsBytesThatAreNotUtf8AndNamesTheirLine() {
        String[] halves = VALID.split("Saturday");
        // 0xE9 is "é" in Latin-1, as saved by a legacy editor; it is not valid UTF-8.
        byte[] content = concat(halves[0].getBytes(UTF_8), new byte[] {(byte) 0xE9}, halves[1].getBytes(UTF_8));

        MalformedArticleFileException e = rejection(content);

        assertEquals(7, e.line());
        assertTrue(e.reason().contains("UTF-8"), e.reason());
    }

    @Test
    void countsWindowsLineEndsOnceWhenLocatingInvalidBytes() {
        byte[] text = "Title\r\n\r\n2026-08-15 18:30:00\r\n".getBytes(UTF_8);
        byte[] content = Arrays.copyOf(text, text.length + 1);
        content[text.length] = (byte) 0xFF;

        MalformedArticleFileException e = rejection(content);

        assertEquals(4, e.line());
    }

    @Test
    void rejectsEmptyFile() {
        MalformedArticleFileException e = rejection(new byte[0]);

        assertEquals(0, e.line());
        assertTrue(e.reason().contains("empty"), e.reason());
    }

    @Test
    void rejectsFileWithOnlyWhitespace() {
        MalformedArticleFileException e = rejection("\uFEFF  \r\n\t\n \n".getBytes(UTF_8));

        assertEquals(0, e.line());
        assertTrue(e.reason().contains("empty"), e.reason());
    }

    @Test
    void rejectsFileStartingWithTimestampInsteadOfTitle() {
        MalformedArticleFileException e = rejection(VALID.replace("River Festival Draws Record Crowds\n\n", "\n\n"));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("title is missing"), e.reason());
    }

    @Test
    void rejectsFileStartingWithAbstractInsteadOfTitle() {
        MalformedArticleFileException e = rejection("""
                Abstract: A summary.

                Body.
                """);

        assertEquals(1, e.line());
        assertTrue(e.reason().contains("title is missing"), e.reason());
    }

    @Test
    void rejectsFileWithoutTimestampAfterTitle() {
        MalformedArticleFileException e = rejection(VALID.replace("2026-08-15 18:30:00\n\n", ""));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("timestamp is missing"), e.reason());
        assertTrue(e.reason().contains("Abstract: The summer"), e.reason());
    }

    @Test
    void rejectsTimestampInAnotherFormat() {
        MalformedArticleFileException e = rejection(VALID.replace("2026-08-15 18:30:00", "15/08/2026 18:30"));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("YYYY-MM-DD HH:MM:SS"), e.reason());
    }

    @Test
    void rejectsFileEndingAfterTitle() {
        MalformedArticleFileException e = rejection("Just a title\n\n");

        assertEquals(2, e.line());
        assertTrue(e.reason().contains("timestamp"), e.reason());
    }

    @Test
    void rejectsTimestampWithDayThatDoesNotExist() {
        MalformedArticleFileException e = rejection(VALID.replace("2026-08-15 18:30:00", "2025-02-30 10:00:00"));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("2025-02-30 10:00:00 is not a real date and time"), e.reason());
    }

    @Test
    void rejectsTimestampWithImpossibleMonthAndHour() {
        MalformedArticleFileException e = rejection(VALID.replace("2026-08-15 18:30:00", "2025-13-01 25:00:00"));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("2025-13-01 25:00:00 is not a real date and time"), e.reason());
    }

    @Test
    void rejectsFileWithoutAbstractLine() {
        MalformedArticleFileException e = rejection(VALID.replace("Abstract: ", ""));

        assertEquals(5, e.line());
        assertTrue(e.reason().contains("Abstract:"), e.reason());
    }

    @Test
    void rejectsFileEndingAfterTimestamp() {
        MalformedArticleFileException e = rejection("Title\n\n2026-08-15 18:30:00\n");

        assertEquals(4, e.line());
        assertTrue(e.reason().contains("Abstract:"), e.reason());
    }

    @Test
    void rejectsEmptyAbstract() {
        MalformedArticleFileException e = rejection(VALID.replace(
                "Abstract: The summer river festival had its busiest year yet.", "Abstract:   "));

        assertEquals(5, e.line());
        assertTrue(e.reason().contains("abstract is empty"), e.reason());
    }

    @Test
    void rejectsArticleWithoutBody() {
        MalformedArticleFileException e = rejection("""
                Title

                2026-08-15 18:30:00

                Abstract: Only a summary.


                """);

        assertEquals(6, e.line());
        assertTrue(e.reason().contains("no text after the abstract"), e.reason());
    }

    @Test
    void rejectsTitleLongerThan300Characters() {
        MalformedArticleFileException e = rejection(
                VALID.replace("River Festival Draws Record Crowds", "T".repeat(301)));

        assertEquals(1, e.line());
        assertEquals("The title is longer than 300 characters", e.reason());
    }

    // --- the exception itself ---

    @Test
    void prefixesMessageWithLineNumber() {
        MalformedArticleFileException e = new MalformedArticleFileException("Something is wrong", 7);

        assertEquals("line 7: Something is wrong", e.getMessage());
    }

    @Test
    void usesReasonAloneAsMessageForWholeFileProblems() {
        MalformedArticleFileException e = new MalformedArticleFileException("The file is empty", 0);

        assertEquals("The file is empty", e.getMessage());
    }

    // --- helpers ---

    private static ArticleFile expected() {
        return new ArticleFile(
                "River Festival Draws Record Crowds",
                LocalDateTime.of(2026, 8, 15, 18, 30, 0),
                "The summer river festival had its busiest year yet.",
                List.of("More than 30,000 people lined the banks on Saturday.",
                        "Organisers plan to extend the festival to three days next year."));
    }

    private ArticleFile parse(String text) throws MalformedArticleFileException {
        return parser.parse(text.getBytes(UTF_8));
    }

    private MalformedArticleFileException rejection(String text) {
        return rejection(text.getBytes(UTF_8));
    }

    private MalformedArticleFileException rejection(byte[] content) {
        return assertThrows(MalformedArticleFileException.class, () -> parser.parse(content));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleFileParserTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("Missing test fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
