/**
 * Trends for towns and landlords (issue 16): per territory or neighbourhood and per month, what residents do across
 * the modules, with every count under 5 hidden. The module owns no table: each module counts its own rows in SQL
 * ({@link org.voisinage.trends.TrendContributor}); this module hides the small counts, and shows the figures as
 * charts with tables, a CSV file and a quarterly PDF report for staff.
 * <p>
 * Decisions: counts under 5 (zero included) show "< 5"; a figure (a cell, a total, a territory's figure) is shown
 * only if none of the neighbourhood-and-month counts it adds up is between 1 and 4 ({@link org.voisinage.trends.Figure}),
 * so no subtraction of shown figures recovers a hidden one; each population is split one way only (needs by
 * category, staff answers by status: two populations), so no two tables share a total. The CSV is UTF-8 with a byte
 * order mark, semicolon-separated (French spreadsheets read the comma as the decimal separator). The waiting list
 * (the whole site's, of no territory) is for global staff only, on the page and CSV, never in a town's PDF. The PDF
 * is downloaded by staff of the territory and sent by them: the outbox carries no attachments, and a link would need
 * an account. The challenge trends page ({@code /territoires/{slug}/tendances}) stays the challenge module's and
 * links here. The read API reads {@link org.voisinage.trends.Trends#of(org.voisinage.account.Viewer, long, Long,
 * java.util.List)} and {@link org.voisinage.trends.TrendReport#lines()}.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "neighbourhood"
})
package org.voisinage.trends;
