package org.voisinage.following;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * Following from any topic page (the {@code following/fragments :: follow(topic)} fragment posts here and comes
 * back), the double opt-in of email followers, and a resident's list of what they follow.
 */
@Controller
class FollowController {

    private static final Pattern TOPIC_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** A path of this site: one slash, not two (//evil.example is another site). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s]{0,500}");

    private final Follows follows;
    private final org.voisinage.common.EmailLimits emailLimits;

    FollowController(Follows follows, org.voisinage.common.EmailLimits emailLimits) {
        this.follows = follows;
        this.emailLimits = emailLimits;
    }

    record EmailFollowForm(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String email,
            String type, Long id, Frequency frequency, String back) {}

    @PostMapping("/suivre")
    String follow(@RequestParam String type, @RequestParam long id,
            @RequestParam(required = false) Frequency frequency, @RequestParam(required = false) String back,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        follows.follow(user.id(), topic(type, id), frequency == null ? Follows.DEFAULT_FREQUENCY : frequency);
        redirect.addFlashAttribute("success", frequency == Frequency.OFF ? "following.flash.off" : "following.flash.followed");
        return "redirect:" + back(back);
    }

    @PostMapping("/suivre/arreter")
    String unfollow(@RequestParam String type, @RequestParam long id, @RequestParam(required = false) String back,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        follows.unfollow(user.id(), topic(type, id));
        redirect.addFlashAttribute("success", "following.flash.unfollowed");
        return "redirect:" + back(back);
    }

    /** The email form on its own, e.g. when the fragment's form came back with an error. */
    @GetMapping("/suivre/email")
    String emailForm(@RequestParam String type, @RequestParam long id, @RequestParam(required = false) String back,
            Model model, HttpServletResponse response) {
        Topic topic = topic(type, id);
        model.addAttribute("follow", new EmailFollowForm("", type, id, Follows.DEFAULT_FREQUENCY, back(back)));
        model.addAttribute("frequencies", Frequency.values());
        if (!follows.mayFollowByEmail(topic)) {
            // said before anything is typed: members-only topics are followed by signing in
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("refusal", "following.refused.membersOnly");
        }
        return "following/follow-email";
    }

    @PostMapping("/suivre/email")
    String followByEmail(@Valid @ModelAttribute("follow") EmailFollowForm form, BindingResult result, Locale locale,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        Topic topic = topic(form.type(), form.id() == null ? 0 : form.id());
        model.addAttribute("frequencies", Frequency.values());
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "following/follow-email";
        }
        // a members-only topic is refused before anything is counted: no email could be sent for it
        if (!follows.mayFollowByEmail(topic)) {
            result.reject("following.refused.membersOnly");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "following/follow-email";
        }
        // counted whether or not the address already follows, so the refusal tells nothing
        if (!emailLimits.tryToSend(request.getRemoteAddr(), form.email())) {
            result.rejectValue("email", org.voisinage.common.EmailLimits.MESSAGE_KEY);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "following/follow-email";
        }
        try {
            follows.requestByEmail(form.email(), topic,
                    form.frequency() == null ? Follows.DEFAULT_FREQUENCY : form.frequency(), locale);
        } catch (Refusal e) {
            // already following (on the email field), or a topic not open to email followers (the whole form)
            e.rejectOn(result);
            response.setStatus(RefusalAdvice.status(e));
            return "following/follow-email";
        }
        redirect.addFlashAttribute("info", "following.flash.checkEmail");
        return "redirect:" + back(form.back());
    }

    /** Opening the link changes nothing (mail scanners open links): the page asks for a click. */
    @GetMapping("/suivre/confirmer/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        return confirmationView(follows.check(token), token, model, response, false);
    }

    @PostMapping("/suivre/confirmer/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return confirmationView(follows.confirm(token), token, model, response, true);
    }

    private String confirmationView(Confirmation outcome, String token, Model model, HttpServletResponse response,
            boolean done) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("token", token);
        model.addAttribute("done", done);
        response.setStatus(switch (outcome) {
            case CONFIRMED -> HttpStatus.OK.value();
            case ALREADY_CONFIRMED -> HttpStatus.CONFLICT.value();
            case EXPIRED -> HttpStatus.GONE.value();
            case REFUSED -> HttpStatus.FORBIDDEN.value();
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
        });
        return "following/confirm";
    }

    @GetMapping("/suivis")
    String followed(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("section", new FollowsAccountSection.FollowList(follows.followedBy(user.id()),
                Frequency.values(), "/suivis"));
        return "following/followed";
    }

    static Topic topic(String type, long id) {
        if (type == null || !TOPIC_TYPE.matcher(type).matches() || id <= 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a topic");
        }
        return new Topic(type, id);
    }

    static String back(String back) {
        return back != null && LOCAL_PATH.matcher(back).matches() ? back : "/suivis";
    }
}
