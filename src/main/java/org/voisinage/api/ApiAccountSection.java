package org.voisinage.api;

import org.springframework.stereotype.Component;
import org.voisinage.account.AccountSection;

/** The account page's way to the resident's read API tokens: how many are live, and the page that manages them. */
@Component
class ApiAccountSection implements AccountSection {

    private final ApiTokens tokens;

    ApiAccountSection(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** What the section shows. */
    record Tokens(long live) {}

    @Override
    public String template() {
        return "api/fragments";
    }

    @Override
    public String fragment() {
        return "accountSection";
    }

    @Override
    public Object model(long residentId) {
        return new Tokens(tokens.personal(residentId).stream().filter(t -> !t.revoked()).count());
    }

    @Override
    public int order() {
        return 20;
    }
}
