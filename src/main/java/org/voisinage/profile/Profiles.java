package org.voisinage.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.exchange.Listings;
import org.voisinage.messaging.Blocks;
import org.voisinage.messaging.Conversations;
import org.voisinage.messaging.MessageNotifications;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The profile module's API: profiles, privacy settings and the neighbourhood directory. Who sees a profile is
 * {@link ProfileAccess}'s rule; for anyone else it does not exist. Lists of neighbours show only those who chose to
 * be listed.
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

    private final ProfileSettingsRepository settings;
    private final CompletedExchangeRepository exchanges;
    private final ThanksRepository thanks;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Listings listings;
    private final Conversations conversations;
    private final Blocks blocks;
    private final MessageNotifications notifications;
    private final TimeCredits credits;
    private final ProfileAccess access;

    Profiles(ProfileSettingsRepository settings, CompletedExchangeRepository exchanges, ThanksRepository thanks,
            Residents residents, Neighbourhoods neighbourhoods, Listings listings, Conversations conversations,
            Blocks blocks, MessageNotifications notifications, TimeCredits credits, ProfileAccess access) {
        this.settings = settings;
        this.exchanges = exchanges;
        this.thanks = thanks;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.listings = listings;
        this.conversations = conversations;
        this.blocks = blocks;
        this.notifications = notifications;
        this.credits = credits;
        this.access = access;
    }

    /** @throws NotFoundException when there is no such profile or the viewer may not see it */
    public ProfilePage page(long ownerId, long viewerId) {
        ResidentView viewer = residents.get(viewerId);
        Viewer reader = residents.viewer(viewerId);
        ResidentView owner = residents.find(ownerId).filter(o -> access.maySee(reader, o))
                .orElseThrow(() -> new NotFoundException("profile", ownerId));
        ProfileSettings chosen = settings.findById(ownerId).orElseGet(() -> new ProfileSettings(ownerId));
        boolean mine = viewerId == ownerId;
        boolean showTexts = !chosen.isHidden() || mine;
        List<ThanksView> received = thanksViews(thanks.receivedBy(ownerId, viewerId), viewerId);
        return new ProfilePage(ownerId, owner.displayName(), owner.streetLabel(),
                owner.neighbourhoodId() == null ? null : neighbourhoods.get(owner.neighbourhoodId()).name(),
                owner.verifiedAt() != null ? owner.verifiedAt() : owner.createdAt(),
                exchanges.countInvolving(ownerId), thanks.countReceived(ownerId), received,
                showTexts && chosen.isShowSkills() ? Skills.list(chosen.getSkills()) : List.of(),
                showTexts && chosen.isShowSkills() ? chosen.getInterests() : "",
                listings.activeOf(ownerId, viewerId),
                credits.appliesTo(ownerId) ? credits.balance(ownerId) : null, mine,
                !mine && viewer.verified() && conversations.mayContact(viewerId, ownerId),
                !mine && blocks.hasBlocked(viewerId, ownerId), mine ? chosen.getHiddenReason() : null);
    }

    public ProfileForm settingsOf(long residentId) {
        ProfileSettings chosen = settings.findById(residentId).orElseGet(() -> new ProfileSettings(residentId));
        return new ProfileForm(chosen.isListed(), chosen.getSkills(), chosen.getInterests(), chosen.isShowSkills(),
                notifications.emailsWanted(residentId));
    }

    @Transactional
    public void saveSettings(long residentId, ProfileForm form) {
        residents.get(residentId);
        ProfileSettings chosen = settings.findById(residentId).orElseGet(() -> new ProfileSettings(residentId));
        chosen.change(form.listedChosen(), form.skills(), form.interests(), form.showSkillsChosen());
        settings.save(chosen);
        notifications.setEmailsWanted(residentId, form.emailsChosen());
    }

    /**
     * The viewer's neighbourhood directory: its verified residents who chose to be listed, by name, optionally
     * those with a skill containing {@code skill}.
     *
     * @throws Refusal when the viewer is not a verified resident of a neighbourhood
     */
    public List<NeighbourCard> directory(long viewerId, String skill) {
        ResidentView viewer = residents.get(viewerId);
        if (!viewer.verified() || viewer.neighbourhoodId() == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "profile.directory.refused");
        }
        Map<Long, ProfileSettings> listed = listedSettings();
        return residents.membersAmong(viewer.neighbourhoodId(), listed.keySet()).stream().map(m -> {
            ProfileSettings chosen = listed.get(m.id());
            String shown = chosen.isShowSkills() && !chosen.isHidden() ? chosen.getSkills() : "";
            return Optional.of(new NeighbourCard(m.id(), m.displayName(), m.streetLabel(), Skills.list(shown)))
                    .filter(card -> Skills.matches(shown, skill));
        }).flatMap(Optional::stream).toList();
    }

    /**
     * A neighbourhood's verified members who chose to be listed (the default is not to be), by name, for its page:
     * the caller shows it only to those who may see its members.
     */
    public List<NeighbourCard> listedMembers(long neighbourhoodId) {
        Map<Long, ProfileSettings> listed = listedSettings();
        return residents.membersAmong(neighbourhoodId, listed.keySet()).stream()
                .map(m -> new NeighbourCard(m.id(), m.displayName(), m.streetLabel(),
                        Skills.list(listed.get(m.id()).textsShown() ? listed.get(m.id()).getSkills() : "")))
                .toList();
    }

    /**
     * The settings of everyone who chose to be listed, by resident: the directory and the neighbourhood page start
     * from these few (an opt-in) and keep the members among them, rather than reading every member (2,500 in a
     * neighbourhood of the big dataset) and their settings, which made the neighbourhood page the benchmark's slowest.
     */
    private Map<Long, ProfileSettings> listedSettings() {
        return settings.findByListedTrue().stream()
                .collect(Collectors.toMap(ProfileSettings::getResidentId, Function.identity()));
    }

    private List<ThanksView> thanksViews(List<Thanks> list, long viewerId) {
        return list.stream().map(t -> new ThanksView(t.getId(), t.getAuthorId(),
                residents.find(t.getAuthorId()).map(ResidentView::displayName).orElse("?"), t.getText(),
                t.getCreatedAt(), t.getAuthorId() == viewerId ? t.getHiddenReason() : null)).toList();
    }
}
