package org.voisinage.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(@Value("${voisinage.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("demo", demo);
        // a suspended or banned resident who typed the right password is told why and until when
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (request.getParameterMap().containsKey("error") && session != null
                && session.getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof AccountSanctionedException sanction) {
            model.addAttribute("sanction", sanction);
        }
        return "account/login";
    }
}
