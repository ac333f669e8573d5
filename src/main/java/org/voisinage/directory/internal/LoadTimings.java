package org.voisinage.directory.internal;

/** Where an import's database time goes, for the log. */
final class LoadTimings {

    static final int STREETS = 0;
    static final int COPY_ADDRESSES = 1;
    static final int UPSERT_ADDRESSES = 2;
    static final int COMMIT = 3;
    static final int INDEXES = 4;
    static final int EMPTY_STREETS = 5;
    private static final String[] NAMES = {"streets", "addresses copied", "addresses upserted", "commits",
            "index builds", "empty streets"};
    private final long[] nanos = new long[NAMES.length];

    /** Adds the time since {@code started} and returns now. */
    long add(int step, long started) {
        long now = System.nanoTime();
        nanos[step] += now - started;
        return now;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            text.append(i == 0 ? "" : ", ").append(NAMES[i]).append(' ').append(nanos[i] / 1_000_000).append(" ms");
        }
        return text.toString();
    }
}
