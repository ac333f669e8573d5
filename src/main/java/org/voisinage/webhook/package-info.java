/**
 * Webhooks (issue 16): staff register HTTPS endpoints of partners for some events of their territories (a goal
 * reached, a target's answer, a challenge fulfilled, an event published or cancelled, an announcement published).
 * Each event writes a delivery per matching endpoint in the transaction that raised it (the outbox pattern); a job
 * sends them signed (Standard Webhooks: HMAC-SHA256 over {@code id.timestamp.body}), retries with backoff, logs every
 * attempt, and disables an endpoint that keeps failing. Staff read the log and replay a delivery.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "agenda",
        "announcement",
        "challenge",
        "common",
        "neighbourhood",
        "notification"
})
package org.voisinage.webhook;
