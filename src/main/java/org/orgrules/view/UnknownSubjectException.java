package org.orgrules.view;

/**
 * A question named something the facts and the rules do not know: a person reference that fits
 * nobody or several people ("李经理" when two 李 are managers), an unknown matter, product line or kind.
 */
public class UnknownSubjectException extends IllegalArgumentException {
    public UnknownSubjectException(String message) {
        super(message);
    }
}
