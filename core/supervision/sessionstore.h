#pragma once

#include "core/supervision/session.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// Reads and writes supervision sessions with their agenda, functions and
/// actions. An agenda only ever holds reflections marked "bring to
/// supervision": a private reflection is refused when saving and left out when
/// loading (it may have been made private since).
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SessionStore)

public:
    explicit SessionStore(const Database& database);

    /// Adds a new session (empty id) or saves a stored one, in one transaction.
    Expected<Session> save(Session session) const;
    Expected<void> remove(const QString& sessionId) const;
    Expected<std::optional<Session>> find(const QString& sessionId) const;
    /// The agreement's sessions, oldest first.
    Expected<QVector<Session>> list(const QString& agreementId) const;

    /// What can go on an agenda: reflections marked to bring to supervision
    /// (newest first), then the agreement's open actions.
    Expected<QVector<AgendaItem>> agendaCandidates(const QString& agreementId) const;
    /// Open actions of the agreement, by due date.
    Expected<QVector<SessionAction>> openActions(const QString& agreementId) const;
    Expected<void> setActionDone(const QString& actionId, bool done) const;

    static QString validate(const Session& session);

private:
    Expected<Session> load(const QString& sessionId) const;
    Expected<void> saveParts(const Session& session) const;

    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio
