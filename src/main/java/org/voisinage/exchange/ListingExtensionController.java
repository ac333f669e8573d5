package org.voisinage.exchange;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one-click "extend my listing" link of the expiry email: no sign-in, the signed link is the key. */
@Controller
class ListingExtensionController {

    private final ListingExpiry expiry;

    ListingExtensionController(ListingExpiry expiry) {
        this.expiry = expiry;
    }

    /** The emailed link: GET only shows a button (mail scanners follow links), POST extends. */
    @GetMapping("/echanges/{id}/prolonger")
    String extendForm(@PathVariable long id, @RequestParam(name = "jeton", required = false) String token, Model model,
            HttpServletResponse response) {
        var listing = expiry.extendable(id, token);
        if (listing.isEmpty()) {
            return used(response);
        }
        model.addAttribute("listing", listing.get());
        model.addAttribute("token", token);
        return "exchange/extend";
    }

    @PostMapping("/echanges/{id}/prolonger")
    String extend(@PathVariable long id, @RequestParam(name = "jeton", required = false) String token,
            HttpServletResponse response, Model model) {
        var expiresOn = expiry.extend(id, token);
        if (expiresOn.isEmpty()) {
            return used(response);
        }
        model.addAttribute("expiresOn", expiresOn.get());
        model.addAttribute("listingId", id);
        return "exchange/extended";
    }

    /** A forged link, or one already used (the expiry it was signed for changed): gone. */
    private static String used(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "exchange/extend-used";
    }
}
