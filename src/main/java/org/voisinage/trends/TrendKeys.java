package org.voisinage.trends;

import java.util.List;

/** The tables of the trends, in the order they are shown (a contributor's table not listed comes last). */
public final class TrendKeys {

    public static final String PLEDGES = "pledges";
    public static final String CHALLENGES = "challenges";
    public static final String INITIATIVES = "initiatives";
    public static final String NEEDS = "needs";
    public static final String NEED_ANSWERS = "needAnswers";
    public static final String NEED_TIMES = "needTimes";
    public static final String EXCHANGES = "exchanges";
    public static final String EVENTS = "events";
    public static final String WAITLIST = "waitlist";

    private static final List<String> ORDER = List.of(PLEDGES, CHALLENGES, INITIATIVES, NEEDS, NEED_ANSWERS,
            NEED_TIMES, EXCHANGES, EVENTS, WAITLIST);

    private TrendKeys() {}

    static int order(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }
}
