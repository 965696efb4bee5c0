package org.skills4cities.toolkit.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.LocalizedText;

class ItemBankWriterTests {

    @Test
    void writesABankThatReadsBackAsTheSameQuestions() {
        List<ExamItem> items = ItemBankReader.read(ItemBankReaderTests.testBank(), ItemBankReaderTests.FRAMEWORK)
                .items();

        byte[] written = ItemBankWriter.write("skills4cities", items);

        BankReading again = ItemBankReader.read(written, ItemBankReaderTests.FRAMEWORK);
        assertThat(again.problems()).isEmpty();
        assertThat(again.items()).isEqualTo(items);
    }

    @Test
    void writesTheSameBytesForTheSameBankWhateverOrderItsTextsWereIn() {
        List<ExamItem> items = ItemBankReader.read(ItemBankReaderTests.testBank(), ItemBankReaderTests.FRAMEWORK)
                .items();
        List<ExamItem> reordered = new ArrayList<>();
        for (ExamItem item : items) {
            reordered.add(new ExamItem(
                    item.code(),
                    item.competence(),
                    item.level(),
                    item.kind(),
                    item.points(),
                    new LocalizedText(new java.util.TreeMap<>(item.stem().values()).descendingMap()),
                    item.options(),
                    item.parts(),
                    item.explanation()));
        }

        byte[] first = ItemBankWriter.write("skills4cities", items);

        assertThat(ItemBankWriter.write("skills4cities", reordered)).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\n  \"format\": \"skills4cities-item-bank/1\",\n")
                .endsWith("}\n");
        assertThat(text).contains("\"el\": \"Ερώτηση A.1-1?\"").doesNotContain("\\u");
    }
}
