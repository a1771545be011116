package org.borderwatch.analysis.agreements;

import java.util.List;
import java.util.Optional;

/**
 * Every agreement the reports state or a user names, each with its violations; and how many violent events there
 * were, how many were between two parties of the conflict, and how many of those broke an agreement in force.
 */
public record AgreementRegister(List<AgreementEntry> agreements, int violentEvents, int betweenParties, int violations) {
    public AgreementRegister {
        agreements = List.copyOf(agreements);
    }

    public Optional<AgreementEntry> find(String agreementId) {
        return agreements.stream().filter(a -> a.agreement().id().equals(agreementId)).findFirst();
    }

    /** The agreement an event broke, by the id of any report of the event. */
    public Optional<AgreementEntry> brokenBy(String reportId) {
        return agreements.stream()
                .filter(a -> a.violations().stream().anyMatch(v -> v.reportIds().contains(reportId)))
                .findFirst();
    }
}
