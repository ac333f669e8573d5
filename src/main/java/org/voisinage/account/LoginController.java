package org.voisinage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.voisinage.common.DemoProperties;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(DemoProperties demo) {
        this.demo = demo.announced();
    }

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("demo", demo);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "account/login";
        }
        // the email typed before a failure or a wait comes back in the form
        if (request.getParameterMap().containsKey("error") || request.getParameterMap().containsKey("wait")) {
            model.addAttribute("typedEmail", session.getAttribute(LoginThrottleFilter.TYPED_EMAIL));
        }
        if (request.getParameterMap().containsKey("wait")
                && session.getAttribute(LoginThrottleFilter.WAIT) instanceof LoginThrottle.Wait wait) {
            session.removeAttribute(LoginThrottleFilter.WAIT);
            model.addAttribute("wait", wait);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        // a suspended or banned resident who typed the right password is told why and until when
        if (request.getParameterMap().containsKey("error")
                && session.getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof AccountSanctionedException sanction) {
            model.addAttribute("sanction", sanction);
        }
        return "account/login";
    }
}
