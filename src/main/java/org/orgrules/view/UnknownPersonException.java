package org.orgrules.view;

/** A query named a person id that is not in the loaded facts. */
public class UnknownPersonException extends IllegalArgumentException {
    private final String id;

    public UnknownPersonException(String id) {
        super("no person with id '" + id + "' in the facts");
        this.id = id;
    }

    public String id() { return id; }
}
