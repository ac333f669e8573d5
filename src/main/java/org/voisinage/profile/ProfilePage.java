package org.voisinage.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.voisinage.exchange.ListingSummary;

/**
 * A resident's profile as a neighbour sees it: the street without the house number or flat, never the address.
 *
 * @param skills shown skills, empty when not shown (or hidden by moderators)
 * @param credits the time-credit balance, or null where credits are off
 * @param hiddenReason set for the owner when moderators hid their texts
 */
public record ProfilePage(long id, String displayName, String street, String neighbourhoodName, Instant memberSince,
        long exchangesCompleted, long thanksReceived, List<ThanksView> thanks, List<String> skills, String interests,
        List<ListingSummary> listings, BigDecimal credits, boolean mine, boolean mayMessage, boolean iBlocked,
        String hiddenReason) {}
