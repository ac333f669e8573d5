package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The production cost of the hashes (the tests run cheaper ones), without a Spring context. */
class PasswordHashingDefaultsTests {

    @Test
    void productionHashesAreArgon2idAtSpringSecuritysRecommendedCostAndBcryptStillMatches() {
        var encoder = new PasswordHashing().passwordEncoder(new Argon2Properties(16384, 2, 1));
        String hash = encoder.encode("un mot de passe bien long");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(encoder.matches("un mot de passe bien long", hash)).isTrue();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();

        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("un mot de passe bien long");
        assertThat(encoder.matches("un mot de passe bien long", old)).isTrue();
        assertThat(encoder.upgradeEncoding(old)).isTrue();
    }
}
