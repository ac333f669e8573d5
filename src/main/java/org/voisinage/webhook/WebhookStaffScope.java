package org.voisinage.webhook;

import org.springframework.stereotype.Component;
import org.voisinage.account.StaffScopedObjects;
import org.voisinage.account.Viewer;

/** An endpoint's admin pages, for staff limited to some territories: those of their territories only. */
@Component
class WebhookStaffScope implements StaffScopedObjects {

    private final WebhookEndpoints endpoints;

    WebhookStaffScope(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public String adminPath() {
        return WebhookAdminController.PATH;
    }

    @Override
    public boolean staffOf(Viewer viewer, long id) {
        return endpoints.staffOf(viewer, id);
    }
}
