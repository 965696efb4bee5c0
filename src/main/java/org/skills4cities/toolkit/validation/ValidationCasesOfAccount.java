package org.skills4cities.toolkit.validation;

import java.util.UUID;
import org.skills4cities.toolkit.account.PersonalDataSource;
import org.springframework.stereotype.Component;

/** A candidate's validation cases, with claims, evidence (not the files' bytes), ratings and history, in their data. */
@Component
class ValidationCasesOfAccount implements PersonalDataSource {

    private final CaseRecords records;
    private final Steps steps;

    ValidationCasesOfAccount(CaseRecords records, Steps steps) {
        this.records = records;
        this.steps = steps;
    }

    @Override
    public String section() {
        return "validationCases";
    }

    @Override
    public Object of(UUID account) {
        return records.ofCandidate(account).stream()
                .map(c -> steps.file(c.id()).orElseThrow())
                .toList();
    }
}
