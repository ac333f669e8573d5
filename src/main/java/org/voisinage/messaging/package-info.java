/**
 * Private conversations between residents, started from a listing or a profile; blocking; the exchange a
 * conversation arranges, marked done by one side and confirmed by the other. Listings are described to it through
 * {@link org.voisinage.messaging.ConversationSubject}.
 */
package org.voisinage.messaging;
