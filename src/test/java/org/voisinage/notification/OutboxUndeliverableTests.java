package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reserved .invalid domain (RFC 2606) receives nothing: accounts that must never be emailed (assisted, deleted)
 * carry such an address, and the outbox queues nothing to it.
 */
class OutboxUndeliverableTests {

    @Test
    void onlyTheInvalidDomainIsUndeliverable() {
        assertThat(Outbox.undeliverable("assisted-abc@assisted.invalid")).isTrue();
        assertThat(Outbox.undeliverable("erased-7@erased.INVALID")).isTrue();
        assertThat(Outbox.undeliverable("camille@example.org")).isFalse();
        assertThat(Outbox.undeliverable("camille@invalid.example.org")).isFalse();
    }
}
