package org.skills4cities.toolkit.security;

import org.skills4cities.toolkit.account.SessionsToEnd;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Deletes every stored session of an account, on every node, when the account says its sessions must end. */
@Component
class SessionsEnder {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionsEnder(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(SessionsToEnd end) {
        sessions.findByPrincipalName(end.email()).keySet().stream()
                .filter(id -> !id.equals(end.exceptSession()))
                .forEach(sessions::deleteById);
    }
}
