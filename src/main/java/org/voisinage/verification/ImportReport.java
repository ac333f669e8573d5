package org.voisinage.verification;

import java.io.Serializable;
import java.util.List;

/** What a member register import did; {@code problems} are the refused lines, in file order. */
/**
 * What an import of the member register did.
 *
 * @param left the member numbers the last import listed and this one does not: they lose their verified status
 *        after the grace period, unless staff keep them
 */
public record ImportReport(int created, int updated, int verified, List<LineProblem> problems, List<String> left)
        implements Serializable {

    public ImportReport {
        left = left == null ? List.of() : List.copyOf(left);
    }

    /** A refused line: the message key takes the line number and the detail. */
    public record LineProblem(int lineNumber, String messageKey, String detail) implements Serializable {}
}
