package org.voisinage.verification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentRejected;
import org.voisinage.account.ResidentVerified;

/**
 * Once a resident is verified or rejected, however it happened, the code of their letter stops working; once they
 * move, their letter and the vouches for the old address stop counting.
 */
@Component
class LetterRevocation {

    private final LetterRepository letters;
    private final VouchRepository vouches;

    LetterRevocation(LetterRepository letters, VouchRepository vouches) {
        this.letters = letters;
        this.vouches = vouches;
    }

    @EventListener
    void on(ResidentVerified event) {
        if (!VerificationMethod.LETTER.code().equals(event.method())) {
            letters.findActive(event.residentId()).ifPresent(VerificationLetter::revoke);
        }
    }

    /** A letter posted to the old address proves nothing about the new one. */
    @EventListener
    void on(org.voisinage.account.ResidentMoved event) {
        letters.findActive(event.residentId()).ifPresent(VerificationLetter::revoke);
        vouches.deleteByVoucheeId(event.residentId());
    }

    @EventListener
    void on(ResidentRejected event) {
        letters.findActive(event.residentId()).ifPresent(VerificationLetter::revoke);
    }
}
