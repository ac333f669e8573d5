package org.voisinage.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.verification.internal.Lockout;

/** A resident's wrong letter codes and the lock-out they earned. */
@Entity
@Table(name = "verification_code_attempts")
class CodeAttempts {

    @Id
    private Long residentId;

    private int failures;
    private Instant lockedUntil;
    private Instant lastFailureAt;

    @Version
    private long version;

    protected CodeAttempts() {}

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void miss(Instant now) {
        failures++;
        lastFailureAt = now;
        lockedUntil = Lockout.after(failures).map(now::plus).orElse(null);
    }

    void reset() {
        failures = 0;
        lockedUntil = null;
    }

    long getResidentId() { return residentId; }
    int getFailures() { return failures; }
    Instant getLockedUntil() { return lockedUntil; }
}
