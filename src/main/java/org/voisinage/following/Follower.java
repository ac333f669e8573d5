package org.voisinage.following;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Locale;

/** Someone who receives news: a resident, or a person known by a confirmed email address only. */
@Entity
class Follower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long residentId;
    private String email;
    private String locale;
    private Instant createdAt;

    protected Follower() {}

    private Follower(Long residentId, String email, Locale locale, Instant now) {
        this.residentId = residentId;
        this.email = email;
        this.locale = locale.getLanguage();
        this.createdAt = now;
    }

    static Follower resident(long residentId, String email, Locale locale, Instant now) {
        return new Follower(residentId, email, locale, now);
    }

    static Follower byEmail(String email, Locale locale, Instant now) {
        return new Follower(null, email, locale, now);
    }

    /** A resident's address and language as their account says now. */
    void refresh(String email, Locale locale) {
        this.email = email;
        this.locale = locale.getLanguage();
    }

    Long getId() { return id; }
    Long getResidentId() { return residentId; }
    String getEmail() { return email; }
    Locale getLocale() { return Locale.forLanguageTag(locale); }
}
