package dev.gazette.persistence.articles;

import java.util.ArrayList;
import java.util.List;

/** Values cut into lists of at most 500: an IN list that every database takes, H2 and PostgreSQL alike. */
final class InLists {

    private static final int MAX = 500;

    private InLists() {
    }

    static List<List<String>> of(List<String> values) {
        List<List<String>> lists = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX) {
            lists.add(values.subList(from, Math.min(values.size(), from + MAX)));
        }
        return lists;
    }
}
