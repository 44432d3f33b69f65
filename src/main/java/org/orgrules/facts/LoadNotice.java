package org.orgrules.facts;

import java.util.List;

/**
 * Something a load did on purpose that the user should know of, though nothing is wrong: rows set
 * aside (people who have left, inactive or disabled accounts, objects that are not people), or ids
 * made up where the file gave none that is unique. {@code file} is the file as shown to the user,
 * {@code ids} the people (or entries) concerned, {@code message} what was done and why.
 */
public record LoadNotice(String file, String message, List<String> ids) {
    /** At most this many ids are named in {@link #toString()}. */
    private static final int SHOWN = 5;

    public LoadNotice {
        file = file == null ? "" : file;
        message = message == null ? "" : message;
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** How many people or entries the notice is about. */
    public int count() {
        return ids.size();
    }

    /** {@code erp.csv: 2 people set aside: status is 'Left' (HR-EMP-00006, HR-EMP-00007)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (!file.isEmpty()) b.append(file).append(": ");
        b.append(message);
        if (!ids.isEmpty()) {
            b.append(" (");
            for (int i = 0; i < Math.min(SHOWN, ids.size()); i++) b.append(i == 0 ? "" : ", ").append(ids.get(i));
            if (ids.size() > SHOWN) b.append(", … ").append(ids.size() - SHOWN).append(" more");
            b.append(')');
        }
        return b.toString();
    }
}
