package org.voisinage.account;

import java.util.Locale;

/** The languages of the site's pages and emails. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String labelKey() {
        return "account.language." + name();
    }

    static Language of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? EN : FR;
    }
}
