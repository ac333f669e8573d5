package org.voisinage.request;

import org.springframework.stereotype.Component;
import org.voisinage.account.AccountSection;

/** The account page shows the resident's requests to staff, and the way to write one. */
@Component
class RequestsAccountSection implements AccountSection {

    private final StaffRequests requests;

    RequestsAccountSection(StaffRequests requests) {
        this.requests = requests;
    }

    @Override
    public String template() {
        return "request/fragments";
    }

    @Override
    public String fragment() {
        return "accountSection";
    }

    @Override
    public Object model(long residentId) {
        return requests.mine(residentId);
    }

    @Override
    public int order() {
        return 10;
    }
}
