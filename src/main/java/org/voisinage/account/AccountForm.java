package org.voisinage.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Step 2 of signup: who the person is, for the address chosen in step 1. Password rules: PasswordPolicy. */
public record AccountForm(
        @NotBlank(message = "{validation.required}") @Size(max = 64) String addressId,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 80, message = "{validation.size}") String displayName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.tooLong}") String email,
        String password,
        @Size(max = 120, message = "{validation.tooLong}") String flat,
        @Size(max = 40, message = "{validation.tooLong}") String memberNumber) {

    static AccountForm forAddress(String addressId) {
        return new AccountForm(addressId, "", "", "", "", "");
    }
}
