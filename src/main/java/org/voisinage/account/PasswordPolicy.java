package org.voisinage.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Length and a list of common passwords, no composition rules (NIST SP 800-63B). The list holds the
 * common passwords long enough to pass the length rule; it is read once, on first use.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private volatile Set<String> common;

    /** The message key of what is wrong with the password, if anything. */
    public Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.tooLong");
        }
        if (commonPasswords().contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    private Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                if (common == null) {
                    common = load();
                }
                loaded = common;
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(64_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource("account/common-passwords.txt.gz").getInputStream()),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                passwords.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
