package org.voisinage.profile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What a resident chooses to show neighbours. Absent row: the defaults (not listed, no skills). */
@Entity
class ProfileSettings {

    @Id
    private Long residentId;

    private boolean listed;
    private String skills = "";
    private String interests = "";
    private boolean showSkills = true;
    private String hiddenReason;

    @Version
    private long version;

    protected ProfileSettings() {}

    ProfileSettings(long residentId) {
        this.residentId = residentId;
    }

    void change(boolean listed, String skills, String interests, boolean showSkills) {
        this.listed = listed;
        this.skills = Skills.normalise(skills);
        this.interests = interests == null ? "" : interests.strip();
        this.showSkills = showSkills;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }

    /** Whether neighbours see the skills and interests: shown by choice, and not hidden by moderators. */
    boolean textsShown() {
        return showSkills && !isHidden();
    }

    void hide(String reason) {
        hiddenReason = reason == null ? "" : reason;
    }

    void restore() {
        hiddenReason = null;
    }

    /** A moderator removed personal data: the texts become the redacted text (skills emptied). */
    void redact(String text) {
        interests = text == null ? "" : text.length() > 500 ? text.substring(0, 500) : text;
        skills = "";
    }

    Long getResidentId() { return residentId; }
    boolean isListed() { return listed; }
    String getSkills() { return skills; }
    String getInterests() { return interests; }
    boolean isShowSkills() { return showSkills; }
    String getHiddenReason() { return hiddenReason; }
}
