/**
 * Exchanges between neighbours: offers and requests of services, loans, gifts, barter, ride shares, good deals and
 * skills, with photos, browsing by distance and full-text search, expiry and loan reminders. Non-commercial.
 */
package org.voisinage.exchange;
