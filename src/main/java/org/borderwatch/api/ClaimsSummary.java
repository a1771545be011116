package org.borderwatch.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Claim;

/** How many claims of each stance an event carries, and who makes them. */
public record ClaimsSummary(int asserts, int denies, int blamesOtherSide, int calledFalse, List<String> claimants) {

    public static ClaimsSummary of(List<Claim> claims) {
        int asserts = 0;
        int denies = 0;
        int blames = 0;
        int calledFalse = 0;
        Set<String> claimants = new LinkedHashSet<>();
        for (Claim claim : claims) {
            switch (claim.stance()) {
                case ASSERTS -> asserts++;
                case DENIES -> denies++;
                case BLAMES_OTHER_SIDE -> blames++;
                case CALLED_FALSE -> calledFalse++;
            }
            if (claim.claimant() != null) {
                claimants.add(claim.claimant());
            }
        }
        return new ClaimsSummary(asserts, denies, blames, calledFalse, List.copyOf(claimants));
    }

    /** Someone disputes the event: denies it, blames the other side, or calls the report false. */
    public boolean contested() {
        return denies + blamesOtherSide + calledFalse > 0;
    }
}
