package org.skills4cities.toolkit.exam.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.exam.BankCounts;
import org.skills4cities.toolkit.exam.BankImport;
import org.skills4cities.toolkit.exam.ExamItem;
import org.skills4cities.toolkit.exam.ItemKind;
import org.skills4cities.toolkit.exam.SectionSupply;
import org.skills4cities.toolkit.language.Language;

/**
 * What a certification body's item bank page shows: whose bank exams draw from (the body's own, imported when, or the
 * reference bank), the counts per area, level and kind, what each blueprint section needs against what the bank
 * holds, the questions the filters select, one question previewed in a chosen language, and the outcome of an import.
 */
public record BankPageView(
        Organisation body,
        boolean own,
        @Nullable Instant importedAt,
        BankCounts counts,
        List<String> areas,
        List<Integer> levels,
        List<SectionSupply> supply,
        Filter filter,
        List<ExamItem> listed,
        @Nullable ExamItem preview,
        Language previewLanguage,
        @Nullable BankImport outcome,
        List<BankImportView.ProblemView> problems,
        boolean dryRun) {

    /** The filters of the question list; blank means any. */
    public record Filter(String area, @Nullable Integer level, String kind) {

        boolean matches(ExamItem item) {
            return (area.isEmpty() || item.area().equals(area))
                    && (level == null || item.level() == level)
                    && (kind.isEmpty() || item.kind().name().equals(kind));
        }

        /** The query string that keeps these filters, for links to a preview. */
        public String query() {
            return "area=" + area + "&level=" + (level == null ? "" : level) + "&kind=" + kind;
        }
    }

    public List<ItemKind> kinds() {
        return List.of(ItemKind.values());
    }

    public String base() {
        return "/organisations/" + body.id() + "/item-bank";
    }
}
