package org.voisinage.verification;

import java.time.Instant;

/** Where a resident's latest letter stands; never the code. */
public record LetterView(long id, LetterStatus status, Instant createdAt, Instant sentAt, Instant expiresAt,
        boolean expired) {

    static LetterView of(VerificationLetter letter) {
        return new LetterView(letter.getId(), letter.getStatus(), letter.getCreatedAt(), letter.getSentAt(),
                letter.getExpiresAt(), letter.getStatus().active() && letter.isExpired(Instant.now()));
    }
}
