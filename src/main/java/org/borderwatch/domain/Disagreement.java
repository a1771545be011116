package org.borderwatch.domain;

import java.util.Map;

/** A field on which the reports of one real event differ, with each document's value. */
public record Disagreement(String field, Map<String, String> valueByDocument) {
    public Disagreement {
        valueByDocument = Map.copyOf(valueByDocument);
    }
}
