package org.voisinage.agenda;

/**
 * One thing an organiser changed, old and new value, told to attendees by email: {@code field} is "title",
 * "startsAt", "endsAt", "place" or "capacity"; values are Strings, Instants or Integers (null: none).
 */
public record EventChange(String field, Object before, Object after) {

    public String labelKey() {
        return "agenda.field." + field;
    }
}
