package org.voisinage.agenda;

import org.springframework.stereotype.Component;
import org.voisinage.account.AccountSection;

/** The account page lets the resident turn the events' day-before reminders off (and on again). */
@Component
class AgendaAccountSection implements AccountSection {

    private final AgendaPreferences preferences;

    AgendaAccountSection(AgendaPreferences preferences) {
        this.preferences = preferences;
    }

    /** What the section shows: whether reminders are on. */
    record Reminders(boolean on) {}

    @Override
    public String template() {
        return "agenda/fragments";
    }

    @Override
    public String fragment() {
        return "accountSection";
    }

    @Override
    public Object model(long residentId) {
        return new Reminders(preferences.remindersOn(residentId));
    }

    @Override
    public int order() {
        return 5;
    }
}
