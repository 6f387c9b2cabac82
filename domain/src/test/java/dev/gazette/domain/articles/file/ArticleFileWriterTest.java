package dev.gazette.domain.articles.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the writer writes, the parser reads back as it was: an export loses nothing of an article. */
class ArticleFileWriterTest {

    private final ArticleFileParser parser = new ArticleFileParser();

    @Test
    void writesTheFormatOfTheDocs() {
        String text = ArticleFileWriter.write(new ArticleFile("Harbour reopens", LocalDateTime.of(2025, 2, 13, 2, 10),
                "The port is open again.", List.of("First paragraph.", "Second paragraph.")));

        assertEquals("Harbour reopens\n\n2025-02-13 02:10:00\n\nAbstract: The port is open again.\n\n"
                + "First paragraph.\n\nSecond paragraph.\n", text);
    }

    @Test
    void roundTripsTrickyArticles() throws MalformedArticleFileException {
        List<ArticleFile> articles = List.of(
                new ArticleFile("Trump & Putin – “quotes” intact", LocalDateTime.of(2026, 12, 31, 23, 59, 59),
                        "Ünïcödé, emoji 🗞️ and <script>alert(1)</script> stay text.",
                        List.of("A paragraph that mentions 2025-02-13 02:10:00.", "Abstract: a paragraph that starts like a label.")),
                new ArticleFile("2025 in review: the year's numbers", LocalDateTime.of(2025, 1, 1, 0, 0),
                        "A summary", List.of("Only one paragraph.")),
                new ArticleFile("Title", LocalDateTime.of(2024, 2, 29, 12, 0), "x", List.of("y".repeat(100_000))));
        for (ArticleFile article : articles) {
            ArticleFile parsed = parser.parse(ArticleFileWriter.write(article).getBytes(StandardCharsets.UTF_8));

            assertEquals(article, parsed);
        }
    }

    @Test
    void writesLineBreaksInsideAnAbstractOrParagraphAsSpaces() throws MalformedArticleFileException {
        ArticleFile written = new ArticleFile("Title", LocalDateTime.of(2025, 1, 1, 8, 0), "One.\n\nTwo.",
                List.of("A paragraph with\r\na line break inside."));

        ArticleFile parsed = parser.parse(ArticleFileWriter.write(written).getBytes(StandardCharsets.UTF_8));

        assertEquals("One. Two.", parsed.summary());
        assertEquals(List.of("A paragraph with a line break inside."), parsed.paragraphs());
    }
}
