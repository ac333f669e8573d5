package org.voisinage.moderation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An appeal from the public form: the account's email and why the sanction should be lifted. */
public record AppealForm(
        @NotBlank(message = "{moderation.appeal.email.required}") @Email(message = "{moderation.appeal.email.invalid}")
        @Size(max = 254, message = "{moderation.appeal.email.invalid}") String email,
        @NotBlank(message = "{moderation.appeal.text.required}") @Size(max = 4000, message = "{moderation.appeal.text.size}") String text) {

    public static AppealForm empty() {
        return new AppealForm(null, null);
    }
}
