package org.voisinage.exchange;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Rent prices and deposits as pages show them, in the site's currency and the reader's way of writing amounts. */
@Component("rentPrices")
public class RentPrices {

    private final Currency currency;

    RentPrices(ExchangeProperties settings) {
        this.currency = Currency.getInstance(settings.currency());
    }

    /** "12,50 €" in French, "€12.50" in English; whole amounts without decimals ("5 €"). */
    public String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(amount);
    }
}
