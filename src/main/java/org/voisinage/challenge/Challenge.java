package org.voisinage.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;
import org.voisinage.common.Refusal;

/**
 * A challenge and its state machine. Counts live on the row: the service changes them under a row lock,
 * so concurrent pledges never lose one and the cap holds.
 */
@Entity
public class Challenge implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    private String title;
    private String targetName;

    @Enumerated(EnumType.STRING)
    private TargetKind targetKind;

    private String targetEmail;
    private String counterCommitment;
    private long territoryId;
    private Long neighbourhoodId;
    private int goal;
    private Integer cap;
    private LocalDate opensOn;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private ChallengeState state = ChallengeState.DRAFT;

    private int onlinePledges;
    private int offlinePledges;
    private String answerMessage;
    private Instant answeredAt;
    private String fulfilmentNote;
    private String fulfilmentPhoto;

    /** The residents' need it was born from (the suggestion module's id), or null. */
    private Long needId;

    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    @Column(updatable = false, insertable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Challenge() {}

    Challenge(Action action, ChallengeForm.Checked form) {
        this.action = action;
        edit(action, form);
    }

    /** Staff edit what the challenge says; goal and cap were checked against the form's rules. */
    void edit(Action action, ChallengeForm.Checked form) {
        this.action = action;
        this.title = form.title();
        this.targetName = form.targetName();
        this.targetKind = form.targetKind();
        this.targetEmail = form.targetEmail();
        this.counterCommitment = form.counterCommitment();
        this.territoryId = form.territoryId();
        this.neighbourhoodId = form.neighbourhoodId();
        this.goal = form.goal();
        this.cap = form.cap();
        this.opensOn = form.opensOn();
        this.deadline = form.deadline();
    }

    /** It was born from this residents' need. */
    void bornFrom(long needId) {
        this.needId = needId;
    }

    /** Moves to the next state, or refuses a move the state machine does not allow. */
    void moveTo(ChallengeState target) {
        if (!state.canMoveTo(target)) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.transition");
        }
        state = target;
    }

    public int total() {
        return onlinePledges + offlinePledges;
    }

    /** Why a new pledge is refused today, or null when it is welcome. Scope is checked by the service. */
    String pledgeRefusal(LocalDate today) {
        if (!state.takesPledges() || today.isAfter(deadline)) {
            return "challenge.refused.closed";
        }
        if (today.isBefore(opensOn)) {
            return "challenge.refused.notYetOpen";
        }
        if (cap != null && total() >= cap) {
            return "challenge.refused.capped";
        }
        return null;
    }

    /**
     * Counts one more online pledge.
     *
     * @return true when this pledge reached the goal (the challenge moved to GOAL_REACHED)
     */
    boolean countPledge(LocalDate today) {
        String refusal = pledgeRefusal(today);
        if (refusal != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, refusal);
        }
        onlinePledges++;
        return reachGoalIfDue();
    }

    /** Residents may withdraw until the goal is reached. */
    void countWithdrawal() {
        if (state != ChallengeState.OPEN) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.withdrawClosed");
        }
        onlinePledges--;
    }

    /** Staff add paper pledges; they count towards the goal (and the cap does not stop them: they happened). */
    boolean countOffline(int count) {
        if (!state.takesPledges()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.closed");
        }
        offlinePledges += count;
        return reachGoalIfDue();
    }

    private boolean reachGoalIfDue() {
        if (state == ChallengeState.OPEN && total() >= goal) {
            moveTo(ChallengeState.GOAL_REACHED);
            return true;
        }
        return false;
    }

    /** The target's answer, given once, after the goal was reached. */
    void answer(boolean accepted, String message, Instant now) {
        if (state != ChallengeState.GOAL_REACHED) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, answeredAt != null ? "challenge.refused.alreadyAnswered"
                    : "challenge.refused.notAnswerable");
        }
        moveTo(accepted ? ChallengeState.ACCEPTED : ChallengeState.DECLINED);
        answerMessage = message;
        answeredAt = now;
    }

    /** Staff confirm whether the target kept its word, with an optional note. */
    void conclude(boolean fulfilled, String note) {
        if (state != ChallengeState.ACCEPTED) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "challenge.refused.notAccepted");
        }
        moveTo(fulfilled ? ChallengeState.FULFILLED : ChallengeState.NOT_FULFILLED);
        fulfilmentNote = note;
    }

    /** The stored photo staff gave with the conclusion (a name for {@code Photos}). */
    void attachFulfilmentPhoto(String photo) {
        fulfilmentPhoto = photo;
    }

    /** Expires an open challenge whose deadline passed below its goal. */
    boolean expireIfDue(LocalDate today) {
        if (state == ChallengeState.OPEN && today.isAfter(deadline) && total() < goal) {
            moveTo(ChallengeState.EXPIRED);
            return true;
        }
        return false;
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    /** Moderators edited personal data out of what the challenge says. */
    void redact(String counterCommitment) {
        this.counterCommitment = counterCommitment;
    }

    public Long getId() { return id; }
    Action getAction() { return action; }
    public String getTitle() { return title; }
    public String getTargetName() { return targetName; }
    public TargetKind getTargetKind() { return targetKind; }
    public String getTargetEmail() { return targetEmail; }
    public String getCounterCommitment() { return counterCommitment; }
    public long getTerritoryId() { return territoryId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public int getGoal() { return goal; }
    public Integer getCap() { return cap; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getDeadline() { return deadline; }
    public ChallengeState getState() { return state; }
    public int getOnlinePledges() { return onlinePledges; }
    public int getOfflinePledges() { return offlinePledges; }
    public String getAnswerMessage() { return answerMessage; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getFulfilmentNote() { return fulfilmentNote; }
    public String getFulfilmentPhoto() { return fulfilmentPhoto; }
    public Long getNeedId() { return needId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
