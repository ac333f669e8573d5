package org.voisinage.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the account page: each comes back filled (passwords excepted) with its translated errors. */
final class AccountSettingsForms {

    private AccountSettingsForms() {}

    record NameForm(@NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}")
            String displayName, @NotNull(message = "{validation.required}") Language language) {}

    /** The new password is checked by {@link PasswordPolicy}; the current one by the service. */
    record PasswordForm(String currentPassword, String password) {}

    record EmailForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String email, String currentPassword) {}

    /** Deleting the account: the password confirms it. */
    record DeleteForm(String currentPassword) {}

    /** Staff deleting an account on the person's request: which request, in their words (audited). */
    record EraseForm(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
            String reason) {}
}
