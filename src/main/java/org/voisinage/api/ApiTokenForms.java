package org.voisinage.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The forms that make read API tokens. */
final class ApiTokenForms {

    private ApiTokenForms() {
    }

    /** A resident's personal token: a name to recognise it by. */
    record Personal(
            @NotBlank(message = "{api.token.name.required}") @Size(max = 100, message = "{api.token.name.tooLong}")
            String name) {

        static Personal empty() {
            return new Personal("");
        }
    }

    /** A partner's application token: its territories and the browser origins allowed to use it (one a line). */
    record Application(
            @NotBlank(message = "{api.token.name.required}") @Size(max = 100, message = "{api.token.name.tooLong}")
            String name,
            Set<Long> territories, @Size(max = 2000, message = "{api.token.origins.tooLong}") String origins) {

        static Application empty() {
            return new Application("", Set.of(), "");
        }
    }
}
