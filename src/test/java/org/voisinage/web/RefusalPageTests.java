package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the refusal page's "back" link leads. */
class RefusalPageTests {

    @Test
    void aRefusedActionLeadsBackToThePageOfWhatItActedOn() {
        assertThat(RefusalPage.backTo("POST", "/alertes/5/resolue")).isEqualTo("/alertes/5");
        assertThat(RefusalPage.backTo("POST", "/agenda/evenements/12/reponse")).isEqualTo("/agenda/evenements/12");
        assertThat(RefusalPage.backTo("POST", "/initiatives/3/besoins/8/offre")).isEqualTo("/initiatives/3/besoins/8");
        assertThat(RefusalPage.backTo("GET", "/agenda/evenements/4/modifier")).isEqualTo("/agenda/evenements/4");
    }

    @Test
    void anActionWithoutAnIdLeadsBackToItsSection() {
        assertThat(RefusalPage.backTo("POST", "/messages/nouveau")).isEqualTo("/messages");
        assertThat(RefusalPage.backTo("POST", "/besoins")).isEqualTo("/");
    }

    @Test
    void aRefusedPageLeadsHome() {
        assertThat(RefusalPage.backTo("GET", "/alertes")).isEqualTo("/");
        assertThat(RefusalPage.backTo("GET", "/alertes/5")).isEqualTo("/");
    }
}
