package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A resolution's lettered recitals, each a dated fact of its own, on an invented conflict. */
class ResolutionRecitalsWordingTest {

    @Test
    void eachLetteredRecitalIsReadOnItsOwn() {
        String resolution = "Resolution on the situation in Greyvale\n\nThe Assembly,\n\n"
                + "A. whereas on 3 May 2023 Southian forces shelled Kesta and Lorva;\n"
                + "B. whereas the Westmark government has repeatedly called for restraint;\n"
                + "C. whereas between 4 and 9 June 2024 about 7 000 people fled Greyvale to Northia;\n\n"
                + "1. Condemns the attack;\n";
        assertThat(InventedConflict.extractRaw(resolution, "2024-07-01")).extracting(e -> e.date().start())
                .contains(LocalDate.of(2023, 5, 3), LocalDate.of(2024, 6, 4));
    }
}
