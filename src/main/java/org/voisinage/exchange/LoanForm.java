package org.voisinage.exchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The owner lends the object: to whom, and when it comes back (both required: reminders need the date). */
public record LoanForm(
        @NotBlank(message = "{exchange.loan.lentTo.required}") @Size(max = 120, message = "{validation.tooLong}") String lentTo,
        @NotNull(message = "{exchange.loan.returnOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnOn) {

    static LoanForm empty() {
        return new LoanForm("", null);
    }
}
