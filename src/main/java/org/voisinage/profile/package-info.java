/**
 * Residents as neighbours see them: a profile page (street and neighbourhood, never the house number), privacy
 * settings, the neighbourhood directory of those who opted in, thanks after a confirmed exchange, and optional time
 * credits kept as a double-entry ledger.
 */
package org.voisinage.profile;
