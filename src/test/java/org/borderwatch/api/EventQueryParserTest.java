package org.borderwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.store.EventQuery;
import org.junit.jupiter.api.Test;

/** Query parameters to {@link EventQuery}: every filter lands in its field, and nothing else gets through. */
class EventQueryParserTest {
    private static final Set<String> ALL = EventsHandlerParams.ALL;

    @Test
    void everyFilterLandsInItsField() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("from", List.of("2022-09-01"));
        params.put("to", List.of("2022-09-30"));
        params.put("type", List.of("explosions_remote_violence"));
        params.put("sub_type", List.of("shelling/artillery/missile attack"));
        params.put("actor", List.of("Military Forces of Azerbaijan"));
        params.put("country", List.of("Armenia"));
        params.put("admin1", List.of("Vayots Dzor"));
        params.put("bbox", List.of("45, 39, 46, 40.5"));
        params.put("q", List.of("Jermuk"));
        params.put("document", List.of("abc123"));
        params.put("contested", List.of("TRUE"));
        params.put("cross_border", List.of("false"));
        params.put("one_sided", List.of("true"));
        params.put("sort", List.of("-fatalities"));
        params.put("page", List.of("3"));
        params.put("size", List.of("25"));
        EventQuery q = EventQueryParser.parse(params, ALL);
        assertThat(q.from()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(q.type()).isEqualTo("Explosions/Remote violence");
        assertThat(q.subType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(q.actor()).isEqualTo("Military Forces of Azerbaijan");
        assertThat(q.country()).isEqualTo("Armenia");
        assertThat(q.admin1()).isEqualTo("Vayots Dzor");
        assertThat(q.bbox()).containsExactly(45, 39, 46, 40.5);
        assertThat(q.text()).isEqualTo("Jermuk");
        assertThat(q.documentId()).isEqualTo("abc123");
        assertThat(q.contested()).isTrue();
        assertThat(q.crossBorder()).isFalse();
        assertThat(q.oneSided()).isTrue();
        assertThat(q.sort()).isEqualTo(EventQuery.Sort.FATALITIES_DESC);
        assertThat(q.page()).isEqualTo(3);
        assertThat(q.size()).isEqualTo(25);
    }

    @Test
    void absentFiltersMeanAnyAndDefaultsApply() {
        EventQuery q = EventQueryParser.parse(Map.of("q", List.of("  ")), ALL);
        assertThat(q.text()).isNull();
        assertThat(q.from()).isNull();
        assertThat(q.contested()).isNull();
        assertThat(q.oneSided()).isNull();
        assertThat(q.sort()).isEqualTo(EventQuery.Sort.DATE_ASC);
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(EventQueryParser.DEFAULT_PAGE_SIZE);
    }

    @Test
    void pagingIsRefusedWhereTheEndpointDoesNotPage() {
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("size", List.of("5")), EventQueryParser.FILTERS))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.parameter()).isEqualTo("size");
                });
    }

    @Test
    void aMonthStandsForItsFirstDayInFromAndItsLastInTo() {
        EventQuery q = EventQueryParser.parse(Map.of("from", List.of("2022-09"), "to", List.of("2024-02")), ALL);
        assertThat(q.from()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        // one month as both bounds is that month, not an empty period
        EventQuery same = EventQueryParser.parse(Map.of("from", List.of("2022-09"), "to", List.of("2022-09")), ALL);
        assertThat(same.to()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void badDatesAndEmptyPeriodsAreNamedInPlainWords() {
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("from", List.of("2022-13-01")), ALL))
                .hasMessage("'from' must be an ISO date like 2022-09-13 or a month like 2022-09, not '2022-13-01'");
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("from", List.of("2022-09-10"), "to", List.of("2022-09-01")), ALL))
                .hasMessage("'to' (2022-09-01) is before 'from' (2022-09-10), so no event can match");
    }

    @Test
    void pageBoundsAreStatedWithoutAnInternalLimit() {
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("page", List.of("0")), ALL))
                .hasMessage("'page' must be 1 or more, not '0'");
        assertThat(EventQueryParser.parse(Map.of("page", List.of("2147483647")), ALL).page()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("size", List.of("1001")), ALL))
                .hasMessage("'size' must be between 1 and 1000, not '1001'");
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("sort", List.of("date_desc")), ALL))
                .hasMessage("'sort' must be date, -date or -fatalities, not 'date_desc'");
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> EventQueryParser.parse(Map.of("q", List.of("x".repeat(201))), ALL))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }

    /** The parameters the events list accepts. */
    private static final class EventsHandlerParams {
        static final Set<String> ALL = EventsHandler.union(EventQueryParser.FILTERS, EventQueryParser.PAGING);
    }
}
