package org.voisinage.agenda;

/** How an event repeats: not at all, every week on its weekday, every month on the same weekday of the month. */
public enum Repetition {
    NONE,
    WEEKLY,
    MONTHLY;

    public String labelKey() {
        return "agenda.repeat." + name();
    }
}
