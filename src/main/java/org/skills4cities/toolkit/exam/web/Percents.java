package org.skills4cities.toolkit.exam.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.skills4cities.toolkit.explorer.Page;

/** Pass marks as the page's language writes a percent: 65 %, 62,5 %, 65%. */
public final class Percents {

    private Percents() {}

    /** Points and percentages of a result as the page's language writes them, with no more decimals than needed. */
    public static String number(Page page, BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(page.language().locale());
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    public static String of(Page page, BigDecimal percent) {
        NumberFormat format = NumberFormat.getPercentInstance(page.language().locale());
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }
}
