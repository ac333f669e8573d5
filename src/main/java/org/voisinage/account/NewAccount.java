package org.voisinage.account;

import java.util.Locale;
import java.util.Set;

/**
 * An account made by the operator rather than through the signup form: the first administrator, demo
 * people. Its email counts as confirmed.
 *
 * @param addressId a directory address, placing the person in the neighbourhood containing it; may be null for staff
 */
public record NewAccount(String email, String displayName, String password, Role role, Locale locale,
        String addressId, boolean verified, Set<Long> moderatedNeighbourhoods) {}
