package org.voisinage.request;

/** Where a request stands: new until staff take it or answer, then in progress until closed. */
public enum RequestStatus {
    NEW, IN_PROGRESS, CLOSED;

    public String labelKey() {
        return "request.status." + name();
    }
}
