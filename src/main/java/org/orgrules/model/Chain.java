package org.orgrules.model;

import java.util.List;

/**
 * Someone's chain of command, nearest manager first, top last. {@code cycle} is true when the walk
 * stopped because the lines lead back to someone already on it.
 */
public record Chain(String person, List<String> chain, boolean cycle, List<Reason> reasons) {
    public Chain {
        chain = List.copyOf(chain);
        reasons = List.copyOf(reasons);
    }
}
