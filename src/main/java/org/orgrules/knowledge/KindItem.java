package org.orgrules.knowledge;

import java.util.List;

/** A kind of product manager the advice knows. */
public record KindItem(String key, String english, String chinese, List<String> names) {
    public KindItem { names = List.copyOf(names); }
}
