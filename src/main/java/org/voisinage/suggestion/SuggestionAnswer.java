package org.voisinage.suggestion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One staff answer to a need: a status and a message. Never changed: the need's history. */
@Entity
class SuggestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long suggestionId;
    private Long staffId;

    @Enumerated(EnumType.STRING)
    private SuggestionStatus status;

    private String message;
    private Instant createdAt;

    protected SuggestionAnswer() {}

    SuggestionAnswer(long suggestionId, long staffId, SuggestionStatus status, String message, Instant now) {
        this.suggestionId = suggestionId;
        this.staffId = staffId;
        this.status = status;
        this.message = message.strip();
        this.createdAt = now;
    }

    SuggestionStatus getStatus() { return status; }
    String getMessage() { return message; }
    Instant getCreatedAt() { return createdAt; }
}
