package org.borderwatch.extract.place;

import org.borderwatch.extract.pipeline.NamedRule;

/** The rules by which the placement stage locates each event; examples are invented. */
public enum PlaceRule implements NamedRule {
    GAZETTEER("the gazetteer resolves the named place with the document around it: 'Lorva' -> Lorva, East province"),
    CONFLICT_LIST("the conflict's own place list wins over a gazetteer's guess for the places it lists"),
    CARRIED_PLACE("a report naming no place continues the place of the sentence before it in its paragraph, if within a month of it"),
    PLACE_OF_ITS_KIND("a placeless report naming a place only by its kind ('near the village', 'at the bridge') is at the last place of that kind an earlier report was placed at"),
    ENTRY_TITLE("a placeless report opening an entry is at the one settlement the entry's title line names: 'Lot 6. School, Kesta village' over 'Damage: burned by troops on 3 May'"),
    LEAD_PLACE("a placeless lead opening its paragraph takes the place its next sentence names"),
    TEXTUAL_COUNTRY("an unresolved place keeps the country the text's own cues give: 'inside Northia'"),
    PLACELESS_COUNTRY("a placeless event whose actors say where: a strike lands where its target is"),
    REPORT_COUNTRY("a placeless act in a report whose placed acts all lie in one country is in that country"),
    UNIT_OF_LISTED_PLACES("a province named as the area of listed villages is their admin1, not a place of its own"),
    ONE_PER_PLACE("ACLED codes one event per type, place and day: an act reported at several places is one event each");

    private final String reason;

    PlaceRule(String reason) {
        this.reason = reason;
    }

    @Override
    public String ruleName() {
        return NamedRule.kebab(this);
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public String stage() {
        return "places";
    }
}
