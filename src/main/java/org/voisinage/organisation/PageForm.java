package org.voisinage.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.voisinage.common.Markdown;

/**
 * What an organisation's members edit on its page. {@code version} is the version they started from: a page
 * changed meanwhile is not overwritten.
 */
record PageForm(
        Long version,
        @Size(max = Markdown.MAX_LENGTH, message = "{validation.tooLong}") String description,
        @Size(max = 1000, message = "{validation.tooLong}") String openingHours,
        @Size(max = 30, message = "{validation.tooLong}") @Pattern(regexp = PHONE, message = "{organisation.phone.invalid}") String phone,
        @Size(max = 254, message = "{validation.tooLong}") @Email(message = "{validation.email}") String email,
        @Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = WEBSITE, message = "{organisation.website.invalid}") String website) {

    /** Empty, or digits with spaces, dots, dashes or brackets, an optional leading +: "04 78 12 34 56", "+33 4 78…". */
    static final String PHONE = "^$|^\\+?[0-9][0-9 .()\\-]{5,28}$";
    /** Empty, or an http(s) address with a host. */
    static final String WEBSITE = "^$|^https?://[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+(:[0-9]{1,5})?([/?#][^\\s]*)?$";

    static PageForm of(Organisation o) {
        return new PageForm(o.getVersion(), o.getDescription(), o.getOpeningHours(), o.getPhone(), o.getEmail(),
                o.getWebsite());
    }
}
