package org.orgrules.knowledge;

import java.util.List;
import org.orgrules.model.Reason;

/**
 * Who approves the {@code matter} {@code person} drafts (K2.6). {@code drafter} is false when the
 * person is not in the matter's drafter role; {@code viaChain} true when no director exists and the
 * next senior person in the chain approves; {@code approvers} is empty when nobody can.
 */
public record ApproverAnswer(String person, String matter, String matterChinese, String matterEnglish,
                             boolean drafter, List<String> approvers, boolean viaChain, String text,
                             List<Reason> reasons) implements Knowledge.Answer {
    public ApproverAnswer { approvers = List.copyOf(approvers); reasons = List.copyOf(reasons); }
}
