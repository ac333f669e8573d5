package org.voisinage.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id ({@code {argon2}}), with no length limit of its own (bcrypt ignores, or in
 * recent versions refuses, what passes 72 bytes). Hashes written before, {@code {bcrypt}}, still match and are
 * rewritten as Argon2id at the next sign-in (see {@link ResidentUserDetailsService#updatePassword}).
 *
 * <p>The cost defaults to Spring Security's recommended parameters (16 MiB, 2 passes, one lane; the same as
 * {@link Argon2PasswordEncoder#defaultsForSpringSecurity_v5_8()}); the tests set cheaper ones through the same
 * properties. A hash records its own parameters, so changing them never breaks existing hashes.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ENCODING_ID = "argon2";

    @Bean
    PasswordEncoder passwordEncoder(Argon2Properties cost) {
        var argon2 = new Argon2PasswordEncoder(16, 32, cost.parallelism(), cost.memoryKib(), cost.iterations());
        // no {noop}: a plain-text password written into the table by hand never signs in
        Map<String, PasswordEncoder> encoders = Map.of(
                ENCODING_ID, argon2,
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ENCODING_ID, encoders);
    }
}
