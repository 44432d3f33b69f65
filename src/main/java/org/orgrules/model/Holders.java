package org.orgrules.model;

import java.util.List;

/**
 * The ids of everyone who holds the position {@code positionKey}, in ascending order: what a rule asks
 * the engine's index of the people for ({@code from named.holdersOf($k)}) instead of joining every
 * person. A rule that asks joins the position's {@link Staffed} facts first, so that it asks again
 * when the people of the position change.
 */
public record Holders(String positionKey, List<String> ids) {
    public Holders {
        ids = List.copyOf(ids);
    }

    public List<String> getIds() { return ids; }
    public int size() { return ids.size(); }

    /** The first five ids, then how many there are: how a message lists them. */
    public String shown() {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + " … (" + ids.size() + " people)";
    }
}
