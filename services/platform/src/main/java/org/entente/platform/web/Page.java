package org.entente.platform.web;

import java.util.List;

/**
 * One page of a collection. Pages count from 0.
 *
 * @param items      the items on this page
 * @param page       this page's number
 * @param size       the requested page size
 * @param totalItems how many items the whole collection has
 * @param totalPages how many pages of this size that makes
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_SIZE = 500;

    /** Cuts one page out of a complete list. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        int pages = all.isEmpty() ? 0 : (all.size() + size - 1) / size;
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size(), pages);
    }
}
