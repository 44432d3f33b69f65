package org.orgrules.model;

import java.util.List;

/**
 * How one distinct title (with its department) of the facts was read, for review before trusting
 * {@code check}: its rank and level, its function, the words that decided them and the rules that did,
 * the unit it names, and how sure the reading is.
 *
 * @param title       the title as the facts write it
 * @param department  the department it was read with ("" when none)
 * @param people      ids of the people who hold it (sorted)
 * @param rank        the rank ({@code DIRECTOR}, {@code MANAGER} …), or null when unknown
 * @param level       the level on the ladder (higher is more senior), or 0 when unknown
 * @param roleWord    the ladder word the rank rests on, or null
 * @param modifiers   the modifier words before it (副, Deputy, Senior …), as {@code word (KIND ±shift)}
 * @param function    the function key ({@code PRODUCTION} …), or null
 * @param functionWord the word that named the function, or null
 * @param functionFromDepartment true when the function came from the department, not the title
 * @param unit        the unit the title (or department) names beyond its vocabulary ("" = the whole company)
 * @param head        true when the reading makes the holder the head of the function (a director, not a
 *                    deputy or assistant, with a function): the one K2.2 counts
 * @param confidence  {@link Confidence#CERTAIN}, {@link Confidence#UNCERTAIN} (read, with doubts) or {@link Confidence#UNKNOWN}
 * @param doubts      why the reading is uncertain (empty when certain)
 * @param reasons     the rules that read it, with their K-source, as reasons
 */
public record TitleReading(String title, String department, List<String> people, String rank, int level,
                           String roleWord, List<String> modifiers, String function, String functionWord,
                           boolean functionFromDepartment, String unit, boolean head, Confidence confidence, List<String> doubts,
                           List<Reason> reasons) {
    /** How sure a reading is. */
    public enum Confidence { CERTAIN, UNCERTAIN, UNKNOWN }

    public TitleReading {
        people = List.copyOf(people);
        modifiers = List.copyOf(modifiers);
        doubts = List.copyOf(doubts);
        reasons = List.copyOf(reasons);
    }

    /** One line: {@code 'title' → RANK level (words), FUNCTION, unit; confidence}. */
    public String text() {
        StringBuilder b = new StringBuilder("'" + title + "'");
        if (!department.isEmpty()) b.append(" in ").append(department);
        if (rank == null) b.append(" → no rank on the ladder");
        else {
            b.append(" → ").append(rank).append(' ').append(level).append(" by '").append(roleWord).append('\'');
            if (!modifiers.isEmpty()) b.append(" with ").append(String.join(", ", modifiers));
        }
        if (function != null) b.append(", ").append(function).append(" by '").append(functionWord).append('\'')
                .append(functionFromDepartment ? " (department)" : "");
        if (!unit.isEmpty()) b.append(", unit '").append(unit).append('\'');
        if (head) b.append(", head of ").append(function).append(unit.isEmpty() ? " in the company" : " in the unit");
        b.append("; ").append(confidence.name().toLowerCase(java.util.Locale.ROOT));
        if (!doubts.isEmpty()) b.append(": ").append(String.join("; ", doubts));
        return b.toString();
    }
}
