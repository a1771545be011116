package org.borderwatch.analysis.appeals;

import java.util.List;

/** Every appeal to allies the reports state, in date order, with its answer. */
public record AppealRegister(List<AppealRecord> appeals) {
    public AppealRegister {
        appeals = List.copyOf(appeals);
    }
}
