package org.skills4cities.toolkit.exam;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The names the item bank file gives the kinds of question. */
final class ItemBankFormat {

    private ItemBankFormat() {}

    static String name(ItemKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static @Nullable ItemKind kind(String name) {
        for (ItemKind kind : ItemKind.values()) {
            if (name(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
