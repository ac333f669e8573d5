package org.voisinage.api;

import java.util.List;

/**
 * One page of a read API list: its items in id order and the link to the next page (null on the last). The link's
 * {@code cursor} is opaque: a client follows {@code next}, it never builds a cursor.
 */
public record ApiPage<T>(List<T> items, String next) {}
