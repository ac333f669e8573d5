package org.voisinage.profile;

import jakarta.validation.constraints.Size;

/** The privacy settings page. */
public record ProfileForm(Boolean listed,
        @Size(max = 500, message = "{profile.settings.skills.tooLong}") String skills,
        @Size(max = 500, message = "{profile.settings.interests.tooLong}") String interests,
        Boolean showSkills, Boolean emailNotifications) {

    /** An unticked box is not sent at all: false. */
    boolean listedChosen() {
        return Boolean.TRUE.equals(listed);
    }

    boolean showSkillsChosen() {
        return Boolean.TRUE.equals(showSkills);
    }

    boolean emailsChosen() {
        return Boolean.TRUE.equals(emailNotifications);
    }
}
