package org.voisinage.moderation;

/** This resident already reported this content: one report per person per item. */
public class AlreadyReportedException extends RuntimeException {

    public AlreadyReportedException() {
        super("Already reported");
    }
}
