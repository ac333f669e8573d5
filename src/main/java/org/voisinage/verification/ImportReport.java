package org.voisinage.verification;

import java.io.Serializable;
import java.util.List;

/** What a member register import did; {@code problems} are the refused lines, in file order. */
public record ImportReport(int created, int updated, int verified, List<LineProblem> problems) implements Serializable {

    /** A refused line: the message key takes the line number and the detail. */
    public record LineProblem(int lineNumber, String messageKey, String detail) implements Serializable {}
}
