package org.borderwatch.domain;

/** What kind of place a gazetteer entry is; decides how precise an event located there is. */
public enum FeatureClass {
    COUNTRY, REGION, DISTRICT, LOCALITY, HEIGHT, LAKE, ROAD, CORRIDOR, BORDER_LINE, OTHER
}
