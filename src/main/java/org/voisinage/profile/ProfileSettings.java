package org.voisinage.profile;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** What a resident chooses to show neighbours. Absent row: the defaults (not listed, no skills). */
@Entity
class ProfileSettings implements Hideable {

    @Id
    private Long residentId;

    private boolean listed;
    private String skills = "";
    private String interests = "";
    private boolean showSkills = true;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

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

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    /** Whether neighbours see the skills and interests: shown by choice, and not hidden by moderators. */
    boolean textsShown() {
        return showSkills && !isHidden();
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
}
