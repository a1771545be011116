package org.borderwatch.analysis.registers;

import org.borderwatch.analysis.agreements.AgreementRegister;
import org.borderwatch.analysis.agreements.Agreements;
import org.borderwatch.analysis.appeals.AppealRegister;
import org.borderwatch.analysis.appeals.Appeals;
import org.borderwatch.analysis.corridors.CorridorRegister;
import org.borderwatch.analysis.corridors.Corridors;
import org.borderwatch.analysis.input.RegisterInput;
import org.borderwatch.analysis.sources.SourceRegister;
import org.borderwatch.analysis.sources.WhoseWord;
import org.borderwatch.analysis.territory.Territory;
import org.borderwatch.analysis.territory.TerritoryRegister;

/**
 * Derives every register from the stored events of one conflict. Registers are views: they are computed afresh from
 * the events, never edited, so a re-extraction (or a later review of events) changes them by itself.
 */
public final class Registers {
    private final RegisterConfig config;
    private final WhoseWord whoseWord;

    public Registers(RegisterConfig config) {
        this.config = config;
        this.whoseWord = new WhoseWord(config.parties(), config.lexicon(), config.publishers(), config.claimants());
    }

    public RegisterConfig config() {
        return config;
    }

    public RegisterSet derive(RegisterInput input) {
        return new RegisterSet(agreements(input), corridors(input), territory(input), appeals(input), sources(input));
    }

    public AgreementRegister agreements(RegisterInput input) {
        return new Agreements(config.parties(), config.lexicon(), config.regions()).derive(input, config.namedAgreements());
    }

    public CorridorRegister corridors(RegisterInput input) {
        return new Corridors(config.routes(), config.parties()).derive(input);
    }

    public TerritoryRegister territory(RegisterInput input) {
        return new Territory(whoseWord, config.regions()).derive(input);
    }

    public AppealRegister appeals(RegisterInput input) {
        return new Appeals(config.parties(), config.lexicon()).derive(input);
    }

    public SourceRegister sources(RegisterInput input) {
        return whoseWord.derive(input);
    }

    public WhoseWord whoseWord() {
        return whoseWord;
    }
}
