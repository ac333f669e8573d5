package org.voisinage.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.voisinage.common.Refusal;

/** An action on a page: where it goes, and what the page shows again when refused, without a server. */
class PageActionsTests {

    final ExtendedModelMap model = new ExtendedModelMap();
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    final MapBindingResult result = new MapBindingResult(new HashMap<>(), "form");

    String run(MapBindingResult result, Runnable action) {
        return PageActions.run(result, model, response, redirect, "done.key", () -> {
            action.run();
            return "redirect:/somewhere";
        }, () -> "the/page");
    }

    @Test
    void doneGoesWhereTheActionSaysWithAFlash() {
        assertThat(run(result, () -> { })).isEqualTo("redirect:/somewhere");
        assertThat(redirect.getFlashAttributes().get("success")).isEqualTo("done.key");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aFormWithErrorsIsShownAgainWithoutRunningTheAction() {
        result.reject("some.error");
        boolean[] ran = {false};
        assertThat(run(result, () -> ran[0] = true)).isEqualTo("the/page");
        assertThat(ran[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void anInvalidValueGoesBackOnItsFieldOtherRefusalsOnThePage() {
        assertThat(run(result, () -> { throw Refusal.invalid("title", "title.bad"); })).isEqualTo("the/page");
        assertThat(result.getFieldError("title")).isNotNull();
        assertThat(model.containsAttribute("refusal")).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);

        MockHttpServletResponse second = new MockHttpServletResponse();
        PageActions.run(null, model, second, redirect, "done.key", () -> {
            throw Refusal.conflict("already.done");
        }, () -> "the/page");
        assertThat(model.get("refusal")).isEqualTo("already.done");
        assertThat(second.getStatus()).isEqualTo(409);
    }

    @Test
    void anInvalidRefusalWithoutAFormIsShownOnThePage() {
        assertThat(run(null, () -> { throw Refusal.invalid("x", "x.bad"); })).isEqualTo("the/page");
        assertThat(model.get("refusal")).isEqualTo("x.bad");
        assertThat(response.getStatus()).isEqualTo(400);
    }
}
