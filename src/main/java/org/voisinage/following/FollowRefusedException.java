package org.voisinage.following;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The topic's policy does not let this person follow it: a members-only topic followed by someone who may not see it,
 * or by email alone. Answered with 403 and a translated message ({@link #code()}).
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class FollowRefusedException extends RuntimeException {

    private final String code;

    FollowRefusedException(Topic topic, String code) {
        super("May not follow " + topic.type() + " " + topic.id());
        this.code = code;
    }

    /** The message key saying why. */
    public String code() {
        return code;
    }
}
