package org.voisinage.directory;

/**
 * A line of a BAN file left out of an import.
 *
 * @param lineNumber 1 is the header, so the first address is line 2
 * @param detail the column or the value at fault, may be null
 */
public record ImportRejection(long lineNumber, RejectionReason reason, String detail) {}
