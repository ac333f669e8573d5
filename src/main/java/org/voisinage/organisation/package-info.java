/**
 * Organisations of a territory (shops, associations, public and town services): registered by staff, with the
 * verified residents who act for them. Initiatives can be carried by one; the directory shows their pages.
 */
package org.voisinage.organisation;
