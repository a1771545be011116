package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Where a cut line's effect is placed, on an invented conflict: at the far end of a supply, nowhere on a road. */
class SupplyCutsWordingTest {

    @Test
    void gasSuppliesToARegionThatWereCutAreCutThere() {
        assertThat(InventedConflict.extract("On 13 December 2022 gas supplies to Greyvale from Northia were cut.", "2022-12-20"))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(Location::name).containsExactly("Greyvale"));
    }

    @Test
    void aPipelineFromOneCountryToARegionIsCutAtTheRegionNotAtItsSource() {
        assertThat(InventedConflict.extract("On 8 March 2022 the only gas pipeline leading from Northia to Greyvale was"
                + " damaged.", "2022-03-10")).singleElement().satisfies(e -> assertThat(e.locations())
                        .extracting(Location::name).containsExactly("Greyvale"));
    }

    @Test
    void aRoadLeadingToATownIsStillNoPlaceOfWhatHappenedOnIt() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops closed the road to Kesta.", "2023-05-04"))
                .extracting(Event::locations).allSatisfy(l -> assertThat(l).extracting(Location::name).doesNotContain("Kesta"));
    }
}
