package org.skills4cities.toolkit.framework;

/** The item types the toolkit gives meaning to; imported frameworks may use any other type name as well. */
public final class ItemTypes {

    public static final String COMPETENCE_AREA = "competence-area";
    public static final String COMPETENCE = "competence";

    private ItemTypes() {}
}
