package org.voisinage.challenge.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the "pledges over time" chart, drawn by the template as SVG (no JavaScript): the
 * cumulative pledges day by day since opening, against the ideal straight line from 0 on the opening day to
 * the goal on the deadline.
 *
 * @param actualPoints the polyline of pledges so far ("x,y x,y ...")
 * @param idealPoints the ideal line's two ends
 * @param goalY the height of the goal's horizontal line
 * @param bottom the y of the horizontal axis; {@code left} the x of the vertical one
 */
public record PledgeChart(int width, int height, int left, int right, int top, int bottom, String actualPoints,
        String idealPoints, double goalY, int goal, int yMax, LocalDate from, LocalDate to, int total) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 52;
    static final int RIGHT = 628;
    static final int TOP = 14;
    static final int BOTTOM = 230;

    /**
     * @param daily pledges counted per day (online and offline); days before opening count on the opening day,
     *              days after the last drawn day on that day
     */
    public static PledgeChart of(LocalDate opensOn, LocalDate deadline, LocalDate today, int goal,
            Map<LocalDate, Integer> daily) {
        long span = Math.max(1, ChronoUnit.DAYS.between(opensOn, deadline));
        LocalDate last = today.isBefore(opensOn) ? opensOn : today.isAfter(deadline) ? deadline : today;
        int total = daily.values().stream().mapToInt(Integer::intValue).sum();
        int yMax = (Math.max(goal, total) * 11 + 9) / 10; // 10 % headroom above the higher of goal and total
        StringBuilder actual = new StringBuilder();
        int cumulative = daily.entrySet().stream().filter(e -> e.getKey().isBefore(opensOn))
                .mapToInt(Map.Entry::getValue).sum();
        for (LocalDate day = opensOn; !day.isAfter(last); day = day.plusDays(1)) {
            cumulative += daily.getOrDefault(day, 0);
            if (day.equals(last)) {
                cumulative = total; // what came after the last drawn day (late paper forms) ends the line
            }
            actual.append(point(x(ChronoUnit.DAYS.between(opensOn, day), span), y(cumulative, yMax))).append(' ');
        }
        String ideal = point(LEFT, y(0, yMax)) + " " + point(RIGHT, y(goal, yMax));
        return new PledgeChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, actual.toString().strip(), ideal,
                y(goal, yMax), goal, yMax, opensOn, deadline, total);
    }

    private static double x(long days, long span) {
        return LEFT + (RIGHT - LEFT) * (double) days / span;
    }

    private static double y(int value, int yMax) {
        return BOTTOM - (BOTTOM - TOP) * (double) value / yMax;
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
}
