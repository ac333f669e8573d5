package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An assisted account: an address that can receive nothing, a password nobody knows, no sign-in; taken over, it is
 * an ordinary account with the person's email and password.
 */
class AssistedAccountRulesTests {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void anAssistedAccountCannotSignInAndHasNoAddressOfItsOwn() {
        Resident resident = Resident.assisted("Marcel", Locale.FRENCH, "{noop}unguessable", NOW);
        ReflectionTestUtils.setField(resident, "id", 7L);
        assertThat(resident.isAssisted()).isTrue();
        assertThat(resident.getEmail()).startsWith("assisted-").endsWith("@assisted.invalid");
        assertThat(resident.getEmailConfirmedAt()).isNull();
        assertThat(new CurrentUser(resident, NOW).isEnabled()).isFalse();
        // two assisted accounts never share the placeholder (the email is unique)
        assertThat(Resident.assisted("Marcel", Locale.FRENCH, "x", NOW).getEmail()).isNotEqualTo(resident.getEmail());
    }

    @Test
    void takenOverItIsAnOrdinaryAccount() {
        Resident resident = Resident.assisted("Marcel", Locale.FRENCH, "{noop}unguessable", NOW);
        ReflectionTestUtils.setField(resident, "id", 7L);
        resident.takeOver(" Marcel@Example.org ", "{noop}his own");
        assertThat(resident.isAssisted()).isFalse();
        assertThat(resident.getEmail()).isEqualTo("marcel@example.org");
        assertThat(resident.getEmailConfirmedAt()).isNotNull();
        assertThat(resident.getPasswordHash()).isEqualTo("{noop}his own");
        assertThat(new CurrentUser(resident, NOW).isEnabled()).isTrue();
    }
}
