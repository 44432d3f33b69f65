package org.orgrules.model;

/**
 * Derived: functional direction (K2.4), distinct from reporting. The heads of {@code directorFunction}
 * (PRODUCTION …) in {@code company} direct a whole {@code department} ({@code positionKey} and
 * {@code directorLevel} are {@code null}: every such head directs it), or the people of the company who
 * hold one position ({@code positionKey}: a title in a department), when the head's position is at rank
 * level {@code directorLevel} (the position ranks below it). {@code functionKey} is the directed function
 * (TECHNICAL, QUALITY …). Never a reporting line.
 *
 * <p>No person is named: what a head directs depends on their company, function and rank level, never on
 * who they are, so a company with many heads of one function (华东区生产总监, 华南区生产总监 …, or
 * thousands of 生产总监) costs levels × positions facts, never heads × positions or heads × people. The
 * answers list the heads who hold a fact ({@link #heldBy}) and the people it reaches ({@link #reaches}).
 */
public record Directs(String company, String directorFunction, Integer directorLevel, String department,
                      String positionKey, String functionKey, RuleRef rule) {
    public String getCompany() { return company; }
    public String getDirectorFunction() { return directorFunction; }
    /** The rank level of the heads who direct the position, or {@code null} when this is a whole department. */
    public Integer getDirectorLevel() { return directorLevel; }
    public String getDepartment() { return department; }
    /** The position whose holders are directed, or {@code null} when this is a whole department. */
    public String getPositionKey() { return positionKey; }
    public String getFunctionKey() { return functionKey; }

    /**
     * Whether the head {@code h}, whose position is at rank level {@code level}, directs what this says:
     * a head of the directing function in the company, at the rank level this direction is for (any level
     * for a whole department).
     */
    public boolean heldBy(Head h, int level) {
        return h.company().equals(company) && h.functionKey().equals(directorFunction)
                && (directorLevel == null || directorLevel == level);
    }

    /** Whether {@code p} is one of the people this direction reaches (a holder of the position in the company) for {@code director}. */
    public boolean reaches(Person director, Person p) {
        return positionKey != null && positionKey.equals(p.getPositionKey()) && company.equals(p.getCompany())
                && !director.getId().equals(p.getId());
    }

    /** The heads of {@code directorFunction} in {@code company} direct {@code department}, at any rank. */
    public static Directs department(RuleRef by, String company, String directorFunction, String department,
                                     String functionKey) {
        return new Directs(company, directorFunction, null, department, null, functionKey, by);
    }

    /** The heads of {@code rank} direct the holders of {@code position} in {@code rank}'s company. */
    public static Directs position(RuleRef by, DirectingRank rank, Position position, String functionKey) {
        return new Directs(rank.company(), rank.directorFunction(), rank.level(), position.getDepartment(),
                position.getKey(), functionKey, by);
    }
}
