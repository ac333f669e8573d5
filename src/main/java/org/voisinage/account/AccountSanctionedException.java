package org.voisinage.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused to a suspended or banned resident, once their password was right: the sign-in page says why
 * and until when (a null {@code until} is a ban).
 */
public class AccountSanctionedException extends LockedException {

    private final Instant until;
    private final String reason;

    AccountSanctionedException(Instant until, String reason) {
        super("Account sanctioned");
        this.until = until;
        this.reason = reason;
    }

    public Instant until() { return until; }
    public String reason() { return reason; }
    public boolean ban() { return until == null; }
}
