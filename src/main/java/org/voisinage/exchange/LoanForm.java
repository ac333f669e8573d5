package org.voisinage.exchange;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The owner lends the object: to a neighbour of the listing's neighbourhood ({@code borrowerId}: then reminded, and
 * found again if they leave), or to someone named ({@code lentTo}: not on the site); and when it comes back
 * (required: reminders need the date). One of the two borrowers is required ({@link ListingBookings#recordLoan}).
 */
public record LoanForm(
        Long borrowerId,
        @Size(max = 120, message = "{validation.tooLong}") String lentTo,
        @NotNull(message = "{exchange.loan.returnOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnOn) {

    static LoanForm empty() {
        return new LoanForm(null, "", null);
    }
}
