package org.borderwatch.analysis.registers;

import org.borderwatch.analysis.agreements.AgreementRegister;
import org.borderwatch.analysis.appeals.AppealRegister;
import org.borderwatch.analysis.corridors.CorridorRegister;
import org.borderwatch.analysis.sources.SourceRegister;
import org.borderwatch.analysis.territory.TerritoryRegister;

/** The five registers, derived together from one reading of the stored events. */
public record RegisterSet(AgreementRegister agreements, CorridorRegister corridors, TerritoryRegister territory,
                          AppealRegister appeals, SourceRegister sources) {
}
