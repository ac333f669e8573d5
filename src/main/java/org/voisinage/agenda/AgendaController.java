package org.voisinage.agenda;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.YearMonth;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.voisinage.account.ResidentView;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The agenda's pages: a neighbourhood's month and lists, an event's page and its answers, the organisers' form, the
 * iCalendar downloads. The neighbourhood is the one named ({@code ?quartier=slug}), else the viewer's own.
 */
@Controller
class AgendaController {

    private static final int PAGE_SIZE = 20;
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Agenda agenda;
    private final Events events;
    private final Rsvps rsvps;
    private final CalendarFeeds feeds;
    private final Neighbourhoods neighbourhoods;
    private final AgendaPreferences preferences;

    AgendaController(Agenda agenda, Events events, Rsvps rsvps, CalendarFeeds feeds, Neighbourhoods neighbourhoods,
            AgendaPreferences preferences) {
        this.preferences = preferences;
        this.agenda = agenda;
        this.events = events;
        this.rsvps = rsvps;
        this.feeds = feeds;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/agenda")
    String month(@RequestParam(required = false) String quartier, @RequestParam(required = false) String mois,
            Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        NeighbourhoodSummary neighbourhood = neighbourhood(quartier, me);
        if (neighbourhood == null) {
            model.addAttribute("neighbourhoods", neighbourhoods.all());
            return "agenda/choose";
        }
        model.addAttribute("month", agenda.month(neighbourhood, month(mois), me));
        model.addAttribute("coming", agenda.firstComing(neighbourhood.id(), me, 5));
        model.addAttribute("feedUrl", feeds.feedUrl(neighbourhood, me));
        model.addAttribute("mayCreate", me != null && (me.staff() || (me.verified()
                && me.neighbourhoodId() != null && me.neighbourhoodId() == neighbourhood.id())));
        return "agenda/month";
    }

    @GetMapping("/agenda/a-venir")
    String coming(@RequestParam(required = false) String quartier, @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(quartier, page, model, false);
    }

    @GetMapping("/agenda/archives")
    String archives(@RequestParam(required = false) String quartier, @RequestParam(defaultValue = "0") int page,
            Model model) {
        return list(quartier, page, model, true);
    }

    private String list(String quartier, int page, Model model, boolean archives) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        NeighbourhoodSummary neighbourhood = neighbourhood(quartier, me);
        if (neighbourhood == null) {
            model.addAttribute("neighbourhoods", neighbourhoods.all());
            return "agenda/choose";
        }
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("archives", archives);
        model.addAttribute("page", archives ? agenda.past(neighbourhood.id(), me, Paging.page(page, PAGE_SIZE))
                : agenda.coming(neighbourhood.id(), me, Paging.page(page, PAGE_SIZE)));
        return "agenda/list";
    }

    /** The named neighbourhood (404 when unknown), the viewer's, or none: then the page offers the list. */
    private NeighbourhoodSummary neighbourhood(String slug, ResidentView me) {
        if (slug != null && !slug.isBlank()) {
            return agenda.readable(neighbourhoods.getBySlug(slug), me);
        }
        return me != null && me.neighbourhoodId() != null ? neighbourhoods.get(me.neighbourhoodId()) : null;
    }

    /** "2026-12"; anything else, or a month out of reach, is this month. */
    private YearMonth month(String value) {
        if (value != null) {
            try {
                YearMonth month = YearMonth.parse(value.strip());
                if (month.getYear() >= 2000 && month.getYear() <= 2200) {
                    return month;
                }
            } catch (DateTimeException e) {
                // a month typed by hand: show this month rather than an error
            }
        }
        return agenda.currentMonth();
    }

    // An event

    @GetMapping("/agenda/evenements/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("event", agenda.page(id, (ResidentView) model.getAttribute("me")));
        model.addAttribute("series", events.seriesOf(id).orElse(null));
        return "agenda/event";
    }

    @PostMapping("/agenda/evenements/{id}/reponse")
    String respond(@PathVariable long id, @RequestParam(defaultValue = "true") boolean going,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        RsvpStatus status = rsvps.respond(id, user.id(), going);
        redirect.addFlashAttribute("success", "agenda.rsvp.done." + status.name());
        return "redirect:/agenda/evenements/" + id;
    }

    @PostMapping("/agenda/evenements/{id}/annulation")
    String cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        events.cancel(id, user.id());
        redirect.addFlashAttribute("success", "agenda.event.cancelled");
        return "redirect:/agenda/evenements/" + id;
    }

    /** Cancels this date of a series and the later ones. */
    @PostMapping("/agenda/evenements/{id}/serie/annulation")
    String cancelFromDate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        events.cancelFromDate(id, user.id());
        redirect.addFlashAttribute("success", "agenda.series.cancelled");
        return "redirect:/agenda/evenements/" + id;
    }

    @GetMapping(value = "/agenda/evenements/{id}.ics")
    ResponseEntity<String> eventIcs(@PathVariable long id, Model model) {
        return calendar(feeds.event(id, (ResidentView) model.getAttribute("me")), "evenement-" + id + ".ics");
    }

    @GetMapping(value = "/agenda/quartiers/{slug}.ics")
    ResponseEntity<String> neighbourhoodIcs(@PathVariable String slug, @RequestParam(required = false) String jeton) {
        return calendar(feeds.neighbourhood(slug, jeton), slug + ".ics");
    }

    private static ResponseEntity<String> calendar(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @PostMapping("/agenda/jeton")
    String regenerate(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        feeds.regenerate(user.id());
        redirect.addFlashAttribute("success", "agenda.feed.regenerated");
        return "redirect:/agenda";
    }

    @PostMapping("/agenda/rappels")
    String reminders(@RequestParam(defaultValue = "false") boolean on, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        preferences.setReminders(user.id(), on);
        redirect.addFlashAttribute("success", on ? "agenda.reminders.saved.on" : "agenda.reminders.saved.off");
        return "redirect:/account#account-agenda";
    }

    // The organisers' form

    @GetMapping("/agenda/evenements/nouveau")
    String newEvent(@RequestParam(required = false) String hostType, @RequestParam(required = false) Long hostId,
            Model model) {
        model.addAttribute("eventForm", EventForm.empty(hostType, hostId));
        model.addAttribute("repeatForm", RepeatForm.none());
        return form(model, null);
    }

    @PostMapping("/agenda/evenements")
    String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
            @Valid @ModelAttribute("repeatForm") RepeatForm repeat, BindingResult repeatResult,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !repeatResult.hasErrors()) {
            try {
                long id = events.create(form, repeat, user.id());
                redirect.addFlashAttribute("success", repeat.repeats() ? "agenda.series.created" : "agenda.event.created");
                return "redirect:/agenda/evenements/" + id;
            } catch (Refusal e) {
                // the repetition's own fields are on its part of the form
                e.rejectOn(e.field() != null && e.field().startsWith("repeat") ? repeatResult : result);
                response.setStatus(RefusalAdvice.status(e));
                return form(model, null);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, null);
    }

    @GetMapping("/agenda/evenements/{id}/modifier")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("eventForm", events.form(id, user.id()));
        return form(model, id);
    }

    @PostMapping("/agenda/evenements/{id}/modifier")
    String update(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                events.change(id, form, user.id());
                redirect.addFlashAttribute("success", "agenda.event.changed");
                return "redirect:/agenda/evenements/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
                response.setStatus(RefusalAdvice.status(e));
                return form(model, id);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, id);
    }

    /** The series from this date on: what every later date shares. */
    @GetMapping("/agenda/evenements/{id}/serie/modifier")
    String editSeries(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("seriesForm", events.seriesForm(id, user.id()));
        return seriesForm(model, id);
    }

    @PostMapping("/agenda/evenements/{id}/serie/modifier")
    String updateSeries(@PathVariable long id, @Valid @ModelAttribute("seriesForm") SeriesForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                events.changeFromDate(id, form, user.id());
                redirect.addFlashAttribute("success", "agenda.series.changed");
                return "redirect:/agenda/evenements/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
                response.setStatus(RefusalAdvice.status(e));
                return seriesForm(model, id);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return seriesForm(model, id);
    }

    private String seriesForm(Model model, long eventId) {
        model.addAttribute("eventId", eventId);
        model.addAttribute("series", events.seriesOf(eventId).orElse(null));
        return "agenda/series-form";
    }

    private String form(Model model, Long eventId) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        model.addAttribute("eventId", eventId);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("repetitions", Repetition.values());
        if (me != null && me.staff()) {
            model.addAttribute("neighbourhoods", neighbourhoods.all());
        }
        return "agenda/form";
    }
}
