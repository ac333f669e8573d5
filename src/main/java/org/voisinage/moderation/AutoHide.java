package org.voisinage.moderation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After each report: content reported by enough distinct verified residents is hidden until a moderator decides. */
@Component
class AutoHide {

    private final Moderation moderation;

    AutoHide(Moderation moderation) {
        this.moderation = moderation;
    }

    @ApplicationModuleListener
    void on(ContentReported reported) {
        moderation.autoHideIfReported(reported.ref());
    }
}
