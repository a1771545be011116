package org.borderwatch.analysis.appeals;

/** One appeal in the register with the answer the reports give it. */
public record AppealRecord(Appeal appeal, Answer answer) {
}
