package org.voisinage.exchange;

/** What a listing is about, for browsing. Stored by name. */
public enum ListingCategory {
    DIY, GARDENING, CHILDCARE, IT_HELP, COOKING, TRANSPORT, TOOLS, BOOKS, CLOTHES, HOUSEHOLD, SPORT, CULTURE, OTHER;

    public String labelKey() {
        return "exchange.category." + name();
    }
}
