package org.voisinage.exchange;

/** The state of an object lent. Stored by name. */
public enum ObjectCondition {
    NEW, GOOD, FAIR, WORN;

    public String labelKey() {
        return "exchange.condition." + name();
    }
}
