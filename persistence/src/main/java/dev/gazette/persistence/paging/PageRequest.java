package dev.gazette.persistence.paging;

/** Which page of a list to show; out-of-range numbers are brought back into range rather than refused. */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        number = Math.min(Math.max(1, number), 100_000);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(int number) {
        return new PageRequest(number, DEFAULT_SIZE);
    }

    public int offset() {
        return (number - 1) * size;
    }
}
