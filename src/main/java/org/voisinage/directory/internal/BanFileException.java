package org.voisinage.directory.internal;

import java.io.IOException;
import org.voisinage.directory.ImportFailure;

/** The file as a whole cannot be imported (no header, a required column missing). */
public class BanFileException extends IOException {

    private final ImportFailure failure;
    private final String detail;

    public BanFileException(ImportFailure failure, String detail) {
        super(failure + (detail == null ? "" : ": " + detail));
        this.failure = failure;
        this.detail = detail;
    }

    public ImportFailure failure() {
        return failure;
    }

    public String detail() {
        return detail;
    }
}
