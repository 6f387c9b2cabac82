package dev.gazette.web.articles;

import dev.gazette.domain.articles.Article;

/** How long an article takes to read: its words at 230 a minute, the pace of an adult reading news on a screen. */
public record Reading(int words, int minutes) {

    static final int WORDS_A_MINUTE = 230;

    public static Reading of(Article article) {
        int words = count(article.summary());
        for (String paragraph : article.paragraphs()) {
            words += count(paragraph);
        }
        return new Reading(words, Math.max(1, (words + WORDS_A_MINUTE - 1) / WORDS_A_MINUTE));
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** "3 min read", as the page shows it. */
    public String label() {
        return minutes + " min read";
    }
}
