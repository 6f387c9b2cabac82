package dev.gazette.persistence.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a pager needs to know. Pages count from 1. */
public record Page<T>(List<T> items, long total, int number, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, number, size);
    }
}
