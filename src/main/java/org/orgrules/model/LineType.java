package org.orgrules.model;

import java.util.Locale;

/**
 * The kind of a reporting line, as HR systems model it: a <b>solid</b> line (实线, the chain of
 * command), an <b>acting</b> line (代理, an interim manager standing in) or a <b>dotted</b> line (虚线,
 * a matrix or project manager); listed in that order. What each kind counts for — the chain, seniority, reports-to — is
 * not decided here but by {@code rules/vocabulary/line-types.yaml} ({@link LineUse}).
 */
public enum LineType {
    SOLID("solid", "实线"),
    ACTING("acting", "代理"),
    DOTTED("dotted", "虚线");

    private final String word;
    private final String chinese;

    LineType(String word, String chinese) {
        this.word = word;
        this.chinese = chinese;
    }

    /** "solid", "dotted", "acting": how files, suites and JSON answers write it. */
    public String word() { return word; }

    public String chinese() { return chinese; }

    /**
     * The type a file names, in English or Chinese, or {@code null} when unknown: solid (direct, 实线,
     * 直线), dotted (matrix, indirect, functional, 虚线, 矩阵), acting (interim, temporary, 代理, 暂代, 代理经理).
     */
    public static LineType parse(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        return switch (t) {
            case "solid", "solid line", "direct", "line", "实线", "直线", "实线汇报", "直接上级" -> SOLID;
            case "dotted", "dotted line", "matrix", "indirect", "functional", "虚线", "虚线汇报", "矩阵", "间接上级" -> DOTTED;
            case "acting", "interim", "temporary", "deputy", "代理", "暂代", "代理上级", "临时" -> ACTING;
            default -> null;
        };
    }

    @Override public String toString() { return word; }
}
