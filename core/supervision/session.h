#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace myfyrio {

/// Something agreed in a session, owned by one party.
struct SessionAction {
    QString id; ///< UUID; empty until stored
    QString sessionId;
    QString description;
    QString owner = QStringLiteral("supervisee"); ///< supervisor or supervisee
    QDate due;                                    ///< optional
    bool done = false;
};

/// An item on a session's agenda: a reflection its writer chose to bring to
/// supervision, or an open action from an earlier session.
struct AgendaItem {
    enum class Kind { Reflection, Action };
    Kind kind = Kind::Reflection;
    QString itemId;
    QString title; ///< for display, read from the item when loaded
    QDate date;    ///< the reflection's date or the action's due date

    static QString kindCode(Kind kind)
    {
        return kind == Kind::Action ? QStringLiteral("action") : QStringLiteral("reflection");
    }
};

/// A supervision session under an agreement: held or cancelled.
struct Session {
    QString id; ///< UUID; empty until stored
    QString agreementId;
    QDate date;
    bool held = true;
    QString cancelReason;  ///< when cancelled
    bool rebooked = false; ///< when cancelled
    QVector<AgendaItem> agenda;
    QString notes;         ///< Markdown
    QStringList functions; ///< which of the four functions it covered (codes)
    QString decisions;     ///< Markdown
    QVector<SessionAction> actions;
    QDateTime created;
    QDateTime updated;

    bool isStored() const { return !id.isEmpty(); }
};

} // namespace myfyrio
