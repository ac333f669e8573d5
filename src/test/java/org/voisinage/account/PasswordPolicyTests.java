package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortLongAndCommonPasswordsWithoutCompositionRules() {
        assertThat(policy.problem("")).contains("validation.required");
        assertThat(policy.problem("short-pass1")).contains("account.password.tooShort");
        assertThat(policy.problem("x".repeat(129))).contains("account.password.tooLong");
        assertThat(policy.problem("123qweasdzxc")).contains("account.password.common");
        assertThat(policy.problem("MotDePasse123")).as("case does not hide a common one").contains("account.password.common");
        assertThat(policy.problem("les tilleuls de la place")).isEmpty();
        assertThat(policy.problem("aaaaaaaaaaaaaaaaaaaaaaaaa")).as("no composition rules").isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(policy.problem("🌳".repeat(12))).isEmpty();
        assertThat(policy.problem("🌳".repeat(11))).contains("account.password.tooShort");
    }
}
