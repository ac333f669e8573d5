package org.voisinage.account;

import jakarta.validation.Valid;
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
import org.voisinage.common.NotFoundException;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Staff: the people with an account, and their roles. */
@Controller
class PeopleAdminController {

    private final People people;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AccountErasure erasure;

    PeopleAdminController(People people, Residents residents, Neighbourhoods neighbourhoods, AccountErasure erasure) {
        this.erasure = erasure;
        this.people = people;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", people.search(q, page, residents.viewer(user)));
        return "account/admin-people";
    }

    @GetMapping("/admin/people/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ResidentDetails person = residents.details(id).orElseThrow(() -> new NotFoundException("resident", id));
        model.addAttribute("roleForm", new RoleForm(person.role(), person.moderatedNeighbourhoods()));
        return page(person, user, model);
    }

    /** Deletes the account on the person's request (the reason says which request; audited). */
    @PostMapping("/admin/people/{id}/erase")
    String erase(@PathVariable long id, @Valid @ModelAttribute("eraseForm") AccountSettingsForms.EraseForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser actor, Model model,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        ResidentDetails person = residents.details(id).orElseThrow(() -> new NotFoundException("resident", id));
        if (!result.hasErrors()) {
            try {
                erasure.eraseOnRequest(id, actor, form.reason());
                redirect.addFlashAttribute("success", "account.erase.doneByStaff");
                return "redirect:/admin/people/" + id;
            } catch (org.voisinage.common.Refusal refusal) {
                refusal.rejectOn(result);
            }
        }
        model.addAttribute("roleForm", new RoleForm(person.role(), person.moderatedNeighbourhoods()));
        response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(person, actor, model);
    }

    @PostMapping("/admin/people/{id}/role")
    String assignRole(@PathVariable long id, @Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
        ResidentDetails person = residents.details(id).orElseThrow(() -> new NotFoundException("resident", id));
        if (!result.hasErrors()) {
            people.assignRole(id, form, actor).ifPresent(refusal -> result.rejectValue("role", refusal));
        }
        if (result.hasErrors()) {
            return page(person, actor, model);
        }
        redirect.addFlashAttribute("success", "account.people.role.saved");
        return "redirect:/admin/people/" + id;
    }

    /** Administrators limit a member of staff to some territories (none ticked: every territory). */
    @PostMapping("/admin/people/{id}/territories")
    String limitStaff(@PathVariable long id, @RequestParam(required = false) java.util.Set<Long> territories,
            @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
        people.limitStaffTo(id, territories, actor);
        redirect.addFlashAttribute("success", "account.people.territories.saved");
        return "redirect:/admin/people/" + id;
    }

    private String page(ResidentDetails person, CurrentUser user, Model model) {
        Viewer staff = residents.viewer(user);
        model.addAttribute("territories", neighbourhoods.territories());
        model.addAttribute("staffTerritories", residents.viewer(person.id()).staffTerritories());
        model.addAttribute("person", person);
        if (!model.containsAttribute("eraseForm")) {
            model.addAttribute("eraseForm", new AccountSettingsForms.EraseForm(""));
        }
        model.addAttribute("roles", Role.values());
        // the moderation choices: only the neighbourhoods of the staff member's territories (saving refuses others)
        model.addAttribute("neighbourhoods", neighbourhoods.all().stream()
                .filter(n -> staff.staffOfNeighbourhood(n.id())).toList());
        return "account/admin-person";
    }
}
