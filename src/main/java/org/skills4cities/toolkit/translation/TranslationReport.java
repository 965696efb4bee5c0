package org.skills4cities.toolkit.translation;

import java.util.List;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.TranslatableText;
import org.skills4cities.toolkit.language.Language;

/**
 * For each language, how much of the interface and of each framework is written in it, and what is missing.
 *
 * @param languages one entry a language, in the toolkit's order (English first)
 */
public record TranslationReport(List<LanguageCoverage> languages) {

    /** The report over the interface and the given frameworks. */
    public static TranslationReport of(List<Framework> frameworks) {
        return new TranslationReport(List.of(Language.values()).stream()
                .map(language -> new LanguageCoverage(
                        language.code(),
                        language.nativeName(),
                        InterfaceMessages.coverage(language),
                        frameworks.stream()
                                .map(framework -> FrameworkCoverage.of(framework, language))
                                .toList()))
                .toList());
    }

    /** Whether every message and every framework text exists in every language and every bundle is sound. */
    public boolean complete() {
        return languages.stream().allMatch(LanguageCoverage::complete);
    }

    /** One language: its interface messages and its framework texts. */
    public record LanguageCoverage(
            String language,
            String name,
            InterfaceMessages.Coverage interfaceMessages,
            List<FrameworkCoverage> frameworks) {

        public boolean complete() {
            return interfaceMessages.missing().isEmpty()
                    && interfaceMessages.problems().isEmpty()
                    && frameworks.stream().allMatch(f -> f.missing().isEmpty());
        }
    }

    /**
     * One framework version in one language: how many texts it has, how many are written in the language, and those
     * that are not, with their English text.
     */
    public record FrameworkCoverage(
            String framework, String version, int total, int translated, List<MissingText> missing) {

        static FrameworkCoverage of(Framework framework, Language language) {
            List<TranslatableText> texts = TranslatableText.of(framework);
            List<MissingText> missing = texts.stream()
                    .filter(text -> !text.isIn(language.code()))
                    .map(text -> new MissingText(
                            text.subject(),
                            text.code(),
                            text.field(),
                            text.text().english()))
                    .toList();
            return new FrameworkCoverage(
                    framework.slug(), framework.version(), texts.size(), texts.size() - missing.size(), missing);
        }
    }

    /** A text not yet written in the language: where it belongs, and its English text to translate from. */
    public record MissingText(String subject, String code, String field, String english) {}
}
