package org.borderwatch.analysis.registers;

/**
 * Which stored documents a conflict's registers read: those the store records for the conflict (by its id), and,
 * for the default conflict, those stored before documents recorded one. {@link #ALL} reads every document.
 */
public record DocumentScope(String conflictId, boolean includesUnassigned) {
    public static final DocumentScope ALL = new DocumentScope(null, true);

    /** @param documentConflict the conflict the store records for a document, null when none */
    public boolean includes(String documentConflict) {
        if (conflictId == null) {
            return true;
        }
        return documentConflict == null ? includesUnassigned : conflictId.equals(documentConflict);
    }
}
