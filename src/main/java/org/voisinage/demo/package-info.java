/**
 * Demo data for a first look: seeded on the first start of an empty database, never in the prod profile.
 * Built only through the other modules' public APIs, like any other client of theirs.
 */
package org.voisinage.demo;
