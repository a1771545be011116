package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.borderwatch.extract.layout.Tokenizer;
import org.junit.jupiter.api.Test;

class CasualtyReaderTest {
    private final CasualtyReader reader = new CasualtyReader(Map.of("northian", "Northia", "southian", "Southia"));
    private final Tokenizer tokenizer = new Tokenizer();

    private CasualtyCount read(String text) {
        return reader.read(tokenizer.tokenize(text, 0, text.length()), List.of());
    }

    @Test
    void atLeastTakesTheLowerBound() {
        assertThat(read("At least 12 soldiers were killed in the attack.").deaths()).isEqualTo(12);
    }

    @Test
    void aNumberWrittenInSeveralWordsIsOneCount() {
        assertThat(read("Around one hundred people were killed.").deaths()).isEqualTo(100);
        assertThat(read("One hundred and five soldiers were killed.").deaths()).isEqualTo(105);
        assertThat(read("Some two thousand three hundred people were killed.").deaths()).isEqualTo(2300);
        assertThat(read("Forty two soldiers were killed.").deaths()).isEqualTo(42);
        assertThat(read("Seventy soldiers were killed.").deaths()).isEqualTo(70);
        // two counts side by side stay two
        assertThat(read("Two Northian soldiers and five Southian soldiers were killed.").deaths()).isEqualTo(7);
    }

    @Test
    void aCountAfterANewVerbIsNoToll() {
        assertThat(read("The fighting killed 100 people and drove a hundred thousand residents from their homes.").deaths())
                .isEqualTo(100);
        assertThat(read("The shelling killed two soldiers and at least three civilians.").deaths()).isEqualTo(5);
    }

    @Test
    void aTollRevisedFromAnEarlierFigureCountsOnlyTheNewOne() {
        assertThat(read("The ministry said 31 people had been killed, up from 12 dead on Monday.").deaths()).isEqualTo(31);
        assertThat(read("Nine soldiers were killed, revised from four deaths reported at noon.").deaths()).isEqualTo(9);
        // a second count that is not a revision is still added
        assertThat(read("The ministry said 31 people had been killed, and 12 dead on Monday.").deaths()).isEqualTo(43);
    }

    @Test
    void aCountOfSomeOfThoseJustCountedIsNoMoreDead() {
        assertThat(read("At least 32 people, seven of them civilians, have been killed since Tuesday.").deaths()).isEqualTo(32);
        assertThat(read("Twelve soldiers were killed, three of whom were officers.").deaths()).isEqualTo(12);
        assertThat(read("Workers were fired on near the pipe, one of them killed.").deaths()).isEqualTo(1);
    }

    @Test
    void deathsOfBothSidesAreSummedAndKeptPerSide() {
        CasualtyCount c = read("Two Northian soldiers and five Southian soldiers were killed.");
        assertThat(c.deaths()).isEqualTo(7);
        assertThat(c.deathsBySide()).containsEntry("Northia", 2).containsEntry("Southia", 5);
    }

    @Test
    void theOtherSidesCountWithTheVerbLeftOutIsAdded() {
        CasualtyCount c = read("At least 40 people were killed on the Northian side and 25 on the Southian side.");
        assertThat(c.deaths()).isEqualTo(65);
        assertThat(c.deathsBySide()).containsEntry("Southia", 25);
        // a breakdown of the same dead, and a count of the wounded, add nothing
        assertThat(read("Five people died in the shootout: three guards and two Southian soldiers.").deaths()).isEqualTo(5);
        assertThat(read("One Northian civilian was killed and three wounded as Southian troops fired.").deaths()).isEqualTo(1);
    }

    @Test
    void aSideReportingBareCountsReportsItsOwnDead() {
        CasualtyReader withNames = new CasualtyReader(Map.of("northian", "Northia", "southian", "Southia", "northia", "Northia",
                "southia", "Southia"));
        String text = "Northia's ministry reported 6 soldiers killed, while Southia reported 7 of its servicemen killed.";
        CasualtyCount c = withNames.read(tokenizer.tokenize(text, 0, text.length()), List.of());
        assertThat(c.deathsBySide()).containsEntry("Northia", 6).containsEntry("Southia", 7);
    }

    @Test
    void participleListsCountForward() {
        CasualtyCount c = read("Fighting flared, killing one Northian soldier, two Southian soldiers, and wounding 9 others.");
        assertThat(c.deaths()).isEqualTo(3);
        assertThat(c.wounded()).isEqualTo(9);
    }

    @Test
    void theActiveVoiceCountsTheVictimsAfterTheVerb() {
        CasualtyCount c = read("Last week, Southian troops killed one Northian soldier near the border.");
        assertThat(c.deaths()).isEqualTo(1);
        assertThat(c.deathsBySide()).containsEntry("Northia", 1);
    }

    @Test
    void aMartyrAndAFatalWoundAreDeaths() {
        assertThat(read("A soldier of the Northian army became a martyr after sniper fire.").deaths()).isEqualTo(1);
        assertThat(read("A private of the Northian army became Shehid (Martyr) after sniper fire.").deaths()).isEqualTo(1);
        CasualtyCount fatal = read("One serviceman was fatally wounded near the village.");
        assertThat(fatal.deaths()).isEqualTo(1);
        assertThat(fatal.wounded()).isNull();
    }

    @Test
    void noInjuriesMeansNoDeaths() {
        CasualtyCount c = read("The tractor was damaged, but there were no injuries among the crew.");
        assertThat(c.explicitlyNone()).isTrue();
        assertThat(c.deaths()).isZero();
    }

    @Test
    void noOneKilledIsNobodyNotOne() {
        CasualtyCount c = read("The guards traded fire twice, once near Kesta and once near Lorva; no one was killed in either incident.");
        assertThat(c.deaths()).isZero();
    }

    @Test
    void peopleHurtWithoutAFigureAreStillInjuriesOnly() {
        CasualtyCount c = read("Residents of both villages threw stones at each other, and many on both sides were hurt.");
        assertThat(c.deaths()).isNull();
        assertThat(c.wounded() != null || c.woundedUncounted()).isTrue();
    }

    @Test
    void vagueQuantitiesFollowTheCodebook() {
        assertThat(read("Several villagers were killed.").deaths()).isEqualTo(3);
        assertThat(read("Dozens of people died.").deaths()).isEqualTo(12);
    }

    @Test
    void aNamedPersonKilledIsOne() {
        assertThat(read("A farmer, Ivan Petrov, was shot and killed near the river.").deaths()).isEqualTo(1);
    }

    @Test
    void injuriesOnlyLeaveDeathsUnstatedButWoundedCounted() {
        CasualtyCount c = read("Four servicemen were wounded by mortar fire.");
        assertThat(c.deaths()).isNull();
        assertThat(c.wounded()).isEqualTo(4);
    }

    @Test
    void explicitNoneIsZero() {
        assertThat(read("No shots were fired during the standoff.").deaths()).isZero();
    }

    @Test
    void datesAndDistancesAreNotCasualties() {
        assertThat(read("Troops advanced 5 km and the soldiers stayed.").deaths()).isNull();
    }

    @Test
    void aSpeakersOwnLossesAreItsSide() {
        CasualtyCount c = read("The Southian ministry put its own losses at 14 dead.");
        assertThat(c.deaths()).isEqualTo(14);
        assertThat(c.deathsBySide()).containsExactly(Map.entry("Southia", 14));
    }
    @Test
    void aTollStatedAsALevelOfTheActItNamesIsTheDeathCount() {
        assertThat(read("The death toll from Tuesday's clash near the pass has risen to 14, the ministry said.").deaths()).isEqualTo(14);
        assertThat(read("Officials put the death toll from the attack at nine.").deaths()).isEqualTo(9);
        assertThat(read("The number of people killed in the shelling stood at four, with seven wounded.").deaths()).isEqualTo(4);
        assertThat(read("The number of dead in the fighting reached 20 on Friday.").deaths()).isEqualTo(20);
        assertThat(read("The clash left a toll of 31.").deaths()).isNull(); // the act stands before the noun: read by the words of harm
    }

    @Test
    void aRunningCountOrAPartysOwnCountIsNotTheTollOfOneAct() {
        assertThat(read("The number of killed servicemen has risen to 105.").deaths()).isNull();
        assertThat(read("The ministry raised its death toll from the fighting to 46.").deaths()).isNull();
    }

    @Test
    void aTollOfAllTheFightingBesideTheActsOwnDeadIsNotTheActs() {
        assertThat(read("The shelling killed two more soldiers, bringing the death toll from the clashes to 21.").deaths()).isEqualTo(2);
    }

    @Test
    void aTollWithoutAFigureOrARoadNamedTollCountsNobody() {
        assertThat(read("The shelling took a heavy toll on the village.").deaths()).isNull();
        assertThat(read("Troops shelled a toll road near the pass; the post was hit at 14 places.").deaths()).isNull();
        assertThat(read("The death toll from the 13 September attack is still unknown.").deaths()).isNull();
    }

    @Test
    void anAnimalKilledIsNoFatalityAndNobodyHurtIsNone() {
        assertThat(read("A hay barn burned down and a cow was killed.").deaths()).isNull();
        assertThat(read("The shell hit a yard, but nobody was hurt.").deaths()).isZero();
        assertThat(read("Nobody knows who fired first.").deaths()).isNull();
    }

    @Test
    void peacekeepersPoliceAndJournalistsAreCountedAsPeople() {
        assertThat(read("Troops fired on a vehicle near the pass, killing five peacekeepers.").deaths()).isEqualTo(5);
        assertThat(read("Two policemen and one journalist were killed.").deaths()).isEqualTo(3);
    }

    @Test
    void aBareNumberRightBeforeAWordOfHarmCountsIt() {
        assertThat(read("Kesta, hit by shells: 3 killed;").deaths()).isEqualTo(3);
        assertThat(read("shelling | 1 killed, 4 wounded | local media").deaths()).isEqualTo(1);
        // "no one" counts nobody, a date is no count, and a count of the wounded is not one of the dead
        assertThat(read("Several guards were hurt, but no one died.").deaths()).isEqualTo(0);
        String dated = "The bodies of those of 16 September 2022 killed in the shelling were carried home.";
        int year = dated.indexOf("16 September 2022");
        assertThat(reader.read(tokenizer.tokenize(dated, 0, dated.length()),
                List.of(new org.borderwatch.domain.Span(year, year + "16 September 2022".length()))).deaths()).isNull();
        assertThat(read("The clashes cost the lives of 59 people, with more than 140 wounded.").deaths()).isEqualTo(59);
    }

    @Test
    void aTableRowsCellsTellItsDeathsAgainRatherThanAddToThem() {
        assertThat(read("03.12.2021 | Kesta | a herder shot by Southian guards, one of them killed | 1 killed, 2 wounded")
                .deaths()).isEqualTo(1);
        assertThat(read("Two Northian soldiers and five Southian soldiers were killed.").deaths()).isEqualTo(7);
    }
}
