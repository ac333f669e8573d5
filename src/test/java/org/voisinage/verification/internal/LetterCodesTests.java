package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class LetterCodesTests {

    private final SecureRandom random = new SecureRandom();

    @Test
    void alphabetHasNoLookAlikes() {
        for (char c : "0O1IL".toCharArray()) {
            assertThat(LetterCodes.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(LetterCodes.ALPHABET.chars().distinct().count()).isEqualTo(LetterCodes.ALPHABET.length());
    }

    @Test
    void codesAreEightCharactersOfTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String code = LetterCodes.generate(random);
            assertThat(code).hasSize(8);
            assertThat(code.chars()).allMatch(c -> LetterCodes.ALPHABET.indexOf(c) >= 0);
            assertThat(LetterCodes.isWellFormed(code)).isTrue();
        }
    }

    @Test
    void codesArePrintedInTwoGroups() {
        assertThat(LetterCodes.format("ABCDEFGH")).isEqualTo("ABCD-EFGH");
    }

    @Test
    void typedCodesAreNormalisedWithOrWithoutDashAnyCase() {
        assertThat(LetterCodes.normalise("abcd-efgh")).isEqualTo("ABCDEFGH");
        assertThat(LetterCodes.normalise("  ABCD EFGH ")).isEqualTo("ABCDEFGH");
        assertThat(LetterCodes.normalise("AbCdEfGh")).isEqualTo("ABCDEFGH");
        assertThat(LetterCodes.normalise("ABCD\u2013EFGH")).isEqualTo("ABCDEFGH");
        assertThat(LetterCodes.normalise(null)).isEmpty();
    }

    @Test
    void malformedCodesAreRecognised() {
        assertThat(LetterCodes.isWellFormed("ABCDEFG")).isFalse();
        assertThat(LetterCodes.isWellFormed("ABCDEFGHJ")).isFalse();
        assertThat(LetterCodes.isWellFormed("ABCDEFG0")).isFalse();
        assertThat(LetterCodes.isWellFormed("ABCDEFGI")).isFalse();
    }

    @Test
    void hashesAreSaltedAndCheckedAgainstTheNormalisedCode() {
        String salt = LetterCodes.newSalt(random);
        String otherSalt = LetterCodes.newSalt(random);
        String hash = LetterCodes.hash(salt, "ABCDEFGH");
        assertThat(hash).hasSize(64).isNotEqualTo(LetterCodes.hash(otherSalt, "ABCDEFGH"));
        assertThat(LetterCodes.matches(LetterCodes.normalise("abcd-efgh"), salt, hash)).isTrue();
        assertThat(LetterCodes.matches("ABCDEFGJ", salt, hash)).isFalse();
    }
}
