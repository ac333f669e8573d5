package org.voisinage.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Used by the pagination fragment: the current URL with another page number, other parameters kept. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).scheme(null).host(null).port(-1).build()
                .toUriString();
    }
}
