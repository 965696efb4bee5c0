package org.skills4cities.toolkit;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void keepsModuleBoundaries() {
        ApplicationModules.of(ToolkitApplication.class).verify();
    }
}
