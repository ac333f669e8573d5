package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** The iCalendar output, parsed back with ical4j: one event, and the neighbourhood feed with and without a token. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class CalendarFeedTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Events events;

    long here;
    long member;
    String slug;

    @BeforeEach
    void place() {
        here = AgendaFixtures.twoNeighbourhoods(data)[0];
        slug = data.slugOf(here);
        member = AgendaFixtures.member(data, here);
    }

    @Test
    void anEventDownloadsWithItsUidUtcStartSummaryAndASequenceThatGrowsWithChangesAndCancellation() throws Exception {
        EventForm form = AgendaFixtures.form("Apéro du défi", null, Visibility.PUBLIC);
        long id = events.create(form, member);
        Instant start = ZonedDateTime.of(form.startDate(), form.startTime(), ZoneId.of("Europe/Paris")).toInstant();

        VEvent event = only(mvc.perform(get("/agenda/evenements/" + id + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(value(event, Property.UID)).isEqualTo("event-" + id + "@localhost");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Apéro du défi");
        assertThat(value(event, Property.DTSTART)).isEqualTo(utc(start)).endsWith("Z");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");

        events.change(id, new EventForm(form.title(), form.description(), form.startDate(), LocalTime.of(19, 0),
                form.endDate(), form.endTime(), form.place(), null, null, Visibility.PUBLIC, null, null, null), member);
        event = only(mvc.perform(get("/agenda/evenements/" + id + ".ics")).andReturn().getResponse().getContentAsString());
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.DTSTART)).isEqualTo(utc(start.plusSeconds(3600)));

        events.cancel(id, member);
        event = only(mvc.perform(get("/agenda/evenements/" + id + ".ics")).andReturn().getResponse().getContentAsString());
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.UID)).isEqualTo("event-" + id + "@localhost");
    }

    @Test
    void theFeedShowsMembersOnlyEventsOnlyWithAMembersTokenWhichCanBeRegenerated() throws Exception {
        long open = events.create(AgendaFixtures.form("Fête", null, Visibility.PUBLIC), member);
        long closed = events.create(AgendaFixtures.form("Assemblée", null, Visibility.MEMBERS), member);
        String page = mvc.perform(get("/agenda").with(user(data.user(member)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("/agenda/quartiers/" + Pattern.quote(slug) + "\\.ics\\?jeton=([A-Za-z0-9_-]{40,})")
                .matcher(page);
        assertThat(link.find()).as("personal feed link on the agenda page").isTrue();
        String token = link.group(1);

        assertThat(uids(feed(null))).contains(uid(open)).doesNotContain(uid(closed));
        assertThat(uids(feed("not-a-token"))).contains(uid(open)).doesNotContain(uid(closed));
        assertThat(uids(feed(token))).contains(uid(open), uid(closed));
        long neighbour = AgendaFixtures.member(data, AgendaFixtures.twoNeighbourhoods(data)[0]);
        String othersToken = Pattern.compile("jeton=([A-Za-z0-9_-]+)").matcher(mvc.perform(get("/agenda")
                .with(user(data.user(neighbour)))).andReturn().getResponse().getContentAsString()).results()
                .findFirst().orElseThrow().group(1);
        assertThat(uids(feed(othersToken))).doesNotContain(uid(closed));

        mvc.perform(post("/agenda/jeton").with(csrf()).with(user(data.user(member)))).andExpect(status().is3xxRedirection());
        assertThat(uids(feed(token))).doesNotContain(uid(closed));
    }

    private String feed(String token) throws Exception {
        var request = get("/agenda/quartiers/" + slug + ".ics");
        if (token != null) {
            request.param("jeton", token);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String uid(long id) {
        return "event-" + id + "@localhost";
    }

    private static List<String> uids(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents().stream().map(e -> value(e, Property.UID)).toList();
    }

    private static VEvent only(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC")).format(instant);
    }
}
