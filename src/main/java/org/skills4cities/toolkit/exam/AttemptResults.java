package org.skills4cities.toolkit.exam;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An attempt's result in its columns: the points, exact and shown, the percent, the pass, and the areas as JSON. */
final class AttemptResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AttemptResult.Area>> AREAS = new TypeReference<>() {};

    private AttemptResults() {}

    static @Nullable AttemptResult read(ResultSet rs) throws SQLException {
        String points = rs.getString("points");
        if (points == null) {
            return null;
        }
        String[] exactAndShown = points.split(" ");
        return new AttemptResult(
                exactAndShown[0],
                new BigDecimal(exactAndShown[1]),
                Integer.parseInt(rs.getString("max_points")),
                rs.getBigDecimal("percent"),
                rs.getBoolean("passed"),
                JSON.readValue(rs.getString("area_scores"), AREAS));
    }

    /** The points column: the exact value and the rounded one, as {@code 7/2 3.50}. */
    static String points(AttemptResult result) {
        return result.exactPoints() + " " + result.points().toPlainString();
    }

    static String areas(AttemptResult result) {
        return JSON.writeValueAsString(result.areas());
    }
}
