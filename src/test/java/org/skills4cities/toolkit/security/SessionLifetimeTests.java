package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends after its absolute lifetime however busy it has been, and not before. */
class SessionLifetimeTests {

    @Test
    void endsASessionOlderThanItsLifetime() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());

        assertThat(run(session, created.plus(Duration.ofHours(11).plusMinutes(59)))
                        .isInvalid())
                .isFalse();
        assertThat(run(session, created.plus(Duration.ofHours(12).plusSeconds(1)))
                        .isInvalid())
                .isTrue();
    }

    private static MockHttpSession run(MockHttpSession session, Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new SessionLifetime(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }
}
