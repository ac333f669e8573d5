package org.voisinage.challenge.internal;

import java.util.List;

/** The milestones of a goal: 25, 50, 75 and 100 %. */
public final class Milestones {

    public static final List<Integer> PERCENTS = List.of(25, 50, 75, 100);

    private Milestones() {}

    /** The milestones a total has reached (a milestone is reached when the total is at least that share). */
    public static List<Integer> reached(int total, int goal) {
        if (goal <= 0) {
            throw new IllegalArgumentException("goal must be positive");
        }
        return PERCENTS.stream().filter(p -> (long) total * 100 >= (long) p * goal).toList();
    }
}
