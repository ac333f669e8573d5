package org.voisinage.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page requests from a page number typed in a URL: negative numbers mean the first page, absurd ones the
 * last page anyone could reach (an offset past the database's integer range would be a server error).
 */
public final class Paging {

    static final int MAX_PAGE = 100_000;

    private Paging() {}

    public static PageRequest page(int requested, int size) {
        return PageRequest.of(Math.min(Math.max(requested, 0), MAX_PAGE), size);
    }

    public static PageRequest page(int requested, int size, Sort sort) {
        return page(requested, size).withSort(sort);
    }
}
