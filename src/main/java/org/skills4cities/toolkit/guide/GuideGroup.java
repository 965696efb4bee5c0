package org.skills4cities.toolkit.guide;

import java.util.List;
import org.skills4cities.toolkit.framework.LocalizedText;

/** The part of the guide for one target group: its title, a word on who it is for, and its entries in order. */
public record GuideGroup(TargetGroup group, LocalizedText title, LocalizedText intro, List<GuideEntry> entries) {

    public GuideGroup {
        entries = List.copyOf(entries);
    }

    public String path() {
        return "/guide/" + group.code();
    }
}
