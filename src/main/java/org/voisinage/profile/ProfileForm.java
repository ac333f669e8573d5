package org.voisinage.profile;

import jakarta.validation.constraints.Size;

/** The privacy settings page. */
public record ProfileForm(boolean listed,
        @Size(max = 500, message = "{profile.settings.skills.tooLong}") String skills,
        @Size(max = 500, message = "{profile.settings.interests.tooLong}") String interests,
        boolean showSkills, boolean emailNotifications) {}
