package org.voisinage.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Refuses a suspended or banned resident. Run after the password check (see the security configuration), so
 * nobody learns of a sanction, nor its reason, without the account's password.
 */
public class SanctionCheck implements UserDetailsChecker {

    @Override
    public void check(UserDetails user) {
        if (user instanceof CurrentUser current && !current.isAccountNonLocked()) {
            throw new AccountSanctionedException(current.suspendedUntil(), current.sanctionReason());
        }
    }
}
