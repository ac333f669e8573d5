package org.voisinage.profile;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Profiles for moderation: what a resident wrote about themselves (skills, interests). Hiding hides those texts. */
@Component
@Transactional(readOnly = true)
class ProfileModeration implements ModeratedContent {

    private final ProfileSettingsRepository settings;
    private final Residents residents;
    private final Profiles profiles;

    ProfileModeration(ProfileSettingsRepository settings, Residents residents, Profiles profiles) {
        this.settings = settings;
        this.residents = residents;
        this.profiles = profiles;
    }

    @Override
    public ContentType type() {
        return ContentType.PROFILE;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return residents.find(id).map(owner -> {
            ProfileSettings chosen = settings.findById(id).orElseGet(() -> new ProfileSettings(id));
            return new ContentSnapshot(new ContentRef(ContentType.PROFILE, id), id, owner.neighbourhoodId(),
                    owner.displayName(), chosen.getSkills() + "\n" + chosen.getInterests(), "/voisins/" + id,
                    chosen.isHidden());
        });
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        Optional<ResidentView> owner = residents.find(id);
        Optional<ResidentView> viewer = residents.find(residentId);
        return owner.isPresent() && viewer.isPresent() && id != residentId
                && profiles.visibleTo(owner.get(), viewer.get());
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        settings.save(settings.findById(id).orElseGet(() -> new ProfileSettings(id))).hide(reason);
    }

    @Override
    @Transactional
    public void restore(long id) {
        settings.findById(id).ifPresent(ProfileSettings::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        settings.findById(id).ifPresent(chosen -> chosen.redact(text));
    }
}
