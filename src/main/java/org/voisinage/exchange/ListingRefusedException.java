package org.voisinage.exchange;

import java.util.List;

/** A listing form refused by a rule across fields; each refusal names its field (or none) and a message key. */
public class ListingRefusedException extends RuntimeException {

    public record Refusal(String field, String code) {}

    private final List<Refusal> refusals;

    public ListingRefusedException(List<Refusal> refusals) {
        super(refusals.toString());
        this.refusals = List.copyOf(refusals);
    }

    public ListingRefusedException(String field, String code) {
        this(List.of(new Refusal(field, code)));
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
