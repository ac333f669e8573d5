package org.voisinage.verification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentRejected;
import org.voisinage.account.ResidentVerified;

/** Once a resident is verified or rejected, however it happened, the code of their letter stops working. */
@Component
class LetterRevocation {

    private final LetterRepository letters;

    LetterRevocation(LetterRepository letters) {
        this.letters = letters;
    }

    @EventListener
    void on(ResidentVerified event) {
        if (!VerificationMethod.LETTER.code().equals(event.method())) {
            letters.findActive(event.residentId()).ifPresent(VerificationLetter::revoke);
        }
    }

    @EventListener
    void on(ResidentRejected event) {
        letters.findActive(event.residentId()).ifPresent(VerificationLetter::revoke);
    }
}
