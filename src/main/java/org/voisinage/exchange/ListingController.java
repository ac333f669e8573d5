package org.voisinage.exchange;

import jakarta.validation.Valid;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;

/** Listings: browse and search, a listing's page and photos, publishing and editing, lending, the author's history. */
@Controller
class ListingController {

    private static final int PAGE_SIZE = 20;

    private final Listings listings;
    private final ListingBrowsing browsing;
    private final ListingPublishing publishing;
    private final ListingBookings bookings;

    ListingController(Listings listings, ListingBrowsing browsing, ListingPublishing publishing,
            ListingBookings bookings) {
        this.listings = listings;
        this.browsing = browsing;
        this.publishing = publishing;
        this.bookings = bookings;
    }

    @GetMapping("/echanges")
    String browse(@RequestParam(required = false) ListingKind kind, @RequestParam(required = false) ListingCategory category,
            @RequestParam(required = false) ListingDirection direction, @RequestParam(required = false) Integer km,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        BrowseFilter filter = new BrowseFilter(kind, category, direction, km, q);
        model.addAttribute("browse", browsing.browse(user.id(), filter, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("filter", filter);
        addChoices(model);
        return "exchange/list";
    }

    @GetMapping("/echanges/mes-annonces")
    String mine(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", browsing.mine(user.id(), Paging.page(page, PAGE_SIZE)));
        return "exchange/mine";
    }

    @GetMapping("/echanges/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return show(id, user, model, LoanForm.empty(), BookingForm.empty());
    }

    /** The listing's page with its two forms, one of them maybe coming back with what was typed and its errors. */
    private String show(long id, CurrentUser user, Model model, LoanForm loanForm, BookingForm bookingForm) {
        ListingPage page = listings.page(id, user.id());
        model.addAttribute("page", page);
        if (page.mine() && page.listing().kind().isBookable() && !page.listing().lent()) {
            model.addAttribute("neighbours", bookings.neighboursToLendTo(id, user.id()));
        }
        if (!model.containsAttribute("loanForm")) {
            model.addAttribute("loanForm", loanForm);
        }
        if (!model.containsAttribute("bookingForm")) {
            model.addAttribute("bookingForm", bookingForm);
        }
        return "exchange/show";
    }

    @GetMapping("/echanges/nouvelle")
    String newForm(@RequestParam(required = false) ListingKind kind, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        if (!publishing.mayPublish(user.id())) {
            return "exchange/not-verified";
        }
        model.addAttribute("listingForm", ListingForm.empty(kind == null ? ListingKind.SERVICE : kind));
        return form(model, null, user.id());
    }

    @PostMapping("/echanges/nouvelle")
    String publish(@Valid @ModelAttribute("listingForm") ListingForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!publishing.mayPublish(user.id())) {
            return "exchange/not-verified";
        }
        if (result.hasErrors()) {
            return form(model, null, user.id());
        }
        try {
            long id = publishing.publish(user.id(), form.toDraft());
            redirect.addFlashAttribute("success", "exchange.published");
            return "redirect:/echanges/" + id;
        } catch (Refusal e) {
            e.rejectOn(result);
            return form(model, null, user.id());
        }
    }

    @GetMapping("/echanges/{id}/modifier")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("listingForm", ListingForm.of(publishing.draft(id, user.id())));
        return form(model, id, user.id());
    }

    @PostMapping("/echanges/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("listingForm") ListingForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        publishing.draft(id, user.id()); // 404 or 403 before anything else
        if (result.hasErrors()) {
            return form(model, id, user.id());
        }
        try {
            publishing.update(id, user.id(), form.toDraft());
            redirect.addFlashAttribute("success", "exchange.updated");
            return "redirect:/echanges/" + id;
        } catch (Refusal e) {
            e.rejectOn(result);
            return form(model, id, user.id());
        }
    }

    @PostMapping("/echanges/{id}/photos/supprimer")
    String removePhoto(@PathVariable long id, @RequestParam String name, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        publishing.removePhoto(id, user.id(), name);
        redirect.addFlashAttribute("success", "exchange.photo.removed");
        return "redirect:/echanges/" + id + "/modifier";
    }

    @PostMapping("/echanges/{id}/pret")
    String lend(@PathVariable long id, @Valid @ModelAttribute("loanForm") LoanForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        return onListingPage(id, result, () -> bookings.recordLoan(id, user.id(), form),
                "exchange.loan.recorded", redirect, () -> show(id, user, model, form, BookingForm.empty()));
    }

    @PostMapping("/echanges/{id}/rendu")
    String returned(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            bookings.markReturned(id, user.id());
            redirect.addFlashAttribute("success", "exchange.loan.returned");
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.reasons().get(0).code());
        }
        return "redirect:/echanges/" + id;
    }

    /** A neighbour asks for dates; bad dates come back on the page with what was typed. */
    @PostMapping("/echanges/{id}/reservations")
    String requestBooking(@PathVariable long id, @Valid @ModelAttribute("bookingForm") BookingForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        return onListingPage(id, result, () -> bookings.request(id, user.id(), form.startsOn(), form.endsOn()),
                "exchange.booking.requested", redirect, () -> show(id, user, model, LoanForm.empty(), form));
    }

    /**
     * A form of the listing's page: done, back to the page saying so; refused about what was typed, the page again
     * with the form filled and its errors; refused for another reason (not a loan listing, their own object), said
     * above the page.
     */
    private static String onListingPage(long id, BindingResult result, Runnable action, String done,
            RedirectAttributes redirect, Supplier<String> pageAgain) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", done);
                return "redirect:/echanges/" + id;
            } catch (Refusal e) {
                if (e.reasons().get(0).field() == null) {
                    redirect.addFlashAttribute("error", e.reasons().get(0).code());
                    return "redirect:/echanges/" + id;
                }
                e.rejectOn(result);
            }
        }
        return pageAgain.get();
    }

    @PostMapping("/echanges/reservations/{bookingId}/accepter")
    String acceptBooking(@PathVariable long bookingId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return decided(() -> bookings.accept(bookingId, user.id()), "exchange.booking.accepted", bookingId, user,
                redirect);
    }

    @PostMapping("/echanges/reservations/{bookingId}/refuser")
    String declineBooking(@PathVariable long bookingId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return decided(() -> bookings.decline(bookingId, user.id()), "exchange.booking.declined", bookingId, user,
                redirect);
    }

    @PostMapping("/echanges/reservations/{bookingId}/annuler")
    String cancelBooking(@PathVariable long bookingId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return decided(() -> bookings.cancel(bookingId, user.id()), "exchange.booking.cancelled", bookingId, user,
                redirect);
    }

    /** Back to the listing, saying it was done, or why not (taken meanwhile, no longer a request). */
    private String decided(LongSupplier action, String done, long bookingId, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            long listingId = action.getAsLong();
            redirect.addFlashAttribute("success", done);
            return "redirect:/echanges/" + listingId;
        } catch (Refusal e) {
            redirect.addFlashAttribute("error", e.reasons().get(0).code());
            return "redirect:/echanges/" + bookings.listingOf(bookingId);
        }
    }

    /** Photos under random names that never change: cached for a year, only by the browser (members only). */
    @GetMapping("/echanges/photos/{name}")
    ResponseEntity<Resource> photo(@PathVariable String name, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .contentType(MediaType.IMAGE_JPEG)
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(listings.photo(name, user.id())));
    }

    private String form(Model model, Long id, long editorId) {
        model.addAttribute("listingId", id);
        if (id != null) {
            model.addAttribute("existing", publishing.photosOf(id, editorId));
        }
        addChoices(model);
        return "exchange/form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", ListingKind.values());
        model.addAttribute("categories", ListingCategory.values());
        model.addAttribute("directions", ListingDirection.values());
        model.addAttribute("conditions", ObjectCondition.values());
        model.addAttribute("rentUnits", RentUnit.values());
        model.addAttribute("radii", new int[] {0, 1, 3, 10});
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
    }
}
