package org.borderwatch.analysis.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.domain.Agreement;
import org.borderwatch.domain.AgreementKind;
import org.borderwatch.domain.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers' files of a conflict folder: what they hold, and a clear error for a wrong entry. */
class RegisterConfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesRoutesNamedAgreementsAndSideLists() throws IOException {
        RegisterConfigFiles.Contents c = RegisterConfigFiles.fromFolder(InventedConflict.writeFolder(dir));
        assertThat(c.routes()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Pass Road");
            assertThat(r.places()).containsExactly("Millford", "Stonebridge");
        });
        assertThat(c.agreements()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("stonebridge-accord");
            assertThat(a.kind()).isEqualTo(AgreementKind.CEASEFIRE);
            assertThat(a.mediator()).isEqualTo("Westmark");
            assertThat(a.area()).isEqualTo(Agreement.Area.EVERYWHERE);
        });
        assertThat(c.publishers().find("Northia Today, evening edition")).map(e -> e.side()).contains("Northia");
        assertThat(c.claimants().find("the Highvale council")).map(e -> e.side()).contains("Northia");
    }

    @Test
    void everyFileIsOptional() {
        RegisterConfigFiles.Contents c = RegisterConfigFiles.fromFolder(dir);
        assertThat(c.routes()).isEmpty();
        assertThat(c.agreements()).isEmpty();
        assertThat(c.publishers().size()).isZero();
    }

    @Test
    void datesAreAsPreciseAsWritten() {
        assertThat(RegisterConfigFiles.date("1994", null, "x").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(RegisterConfigFiles.date("1994-05", null, "x").lastDay().toString()).isEqualTo("1994-05-31");
        assertThat(RegisterConfigFiles.date("2020-11-09", "2020-11-10", "x").lastDay().toString()).isEqualTo("2020-11-10");
        assertThatThrownBy(() -> RegisterConfigFiles.date("9 May 1994", null, "agreements.yaml: agreement 'A'"))
                .hasMessageContaining("agreement 'A'").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void anAgreementWithOnePartyIsRefusedByName() throws IOException {
        Files.writeString(dir.resolve("agreements.yaml"), "agreements:\n  - {name: Lone Accord, kind: ceasefire, date: 2023, parties: [Northia]}\n");
        assertThatThrownBy(() -> RegisterConfigFiles.fromFolder(dir))
                .hasMessageContaining("agreements.yaml").hasMessageContaining("Lone Accord").hasMessageContaining("two parties");
    }

    @Test
    void eachShippedConflictConfiguresRoutesNamedAgreementsAndSideLists() {
        RegisterConfigFiles.Contents aa = RegisterConfigFiles.fromClasspath("armenia-azerbaijan");
        assertThat(aa.routes()).extracting(r -> r.id()).containsExactly("goris-kapan-highway", "lachin-corridor");
        assertThat(aa.agreements()).isNotEmpty();
        assertThat(aa.publishers().size()).isPositive();
        assertThat(aa.claimants().size()).isPositive();
        RegisterConfigFiles.Contents kt = RegisterConfigFiles.fromClasspath("kyrgyzstan-tajikistan");
        assertThat(kt.routes()).extracting(r -> r.id()).containsExactly("golovnoy-water-intake", "batken-isfana-road");
        assertThat(kt.agreements()).extracting(a -> a.kind()).containsExactly(AgreementKind.CEASEFIRE, AgreementKind.BORDER_TREATY);
        assertThat(kt.publishers().find("Khovar")).map(e -> e.side()).contains("Tajikistan");
    }
}
