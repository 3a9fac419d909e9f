#pragma once

#include "core/journal/action.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace myfyrio {

class Database;
class JournalChanges;

/// The actions of reflections ("Now what?"), and the lists of them across the journal.
class ActionStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ActionStore)

public:
    /// How many days ahead an action counts as due soon.
    static constexpr int dueSoonDays = 7;

    explicit ActionStore(const Database& database);
    explicit ActionStore(QSqlDatabase db);

    /// Gives new actions an id and a created time, so that the caller keeps them.
    static void prepare(QVector<Action>& actions);

    /// Makes the stored actions of one reflection (as `stored` lists them) into
    /// `actions`, in that order, writing only the rows that differ. Call inside
    /// the caller's transaction (it is a part ReflectionStore saves).
    Expected<void> save(const QString& reflectionId, const QVector<Action>& stored,
                        const QVector<Action>& actions) const;
    Expected<QVector<Action>> actionsOf(const QString& reflectionId) const;
    /// The actions of many reflections at once, by reflection id.
    Expected<QHash<QString, QVector<Action>>> actionsOf(const QStringList& reflectionIds) const;

    /// Actions across the journal, with their reflections: those not done (or all), the
    /// overdue first, then by due date (undated last), then by the reflection's date.
    Expected<QVector<ActionItem>> list(const QDate& today, bool includeDone = false) const;

    /// Ticks or unticks one action.
    Expected<void> setDone(const QString& actionId, bool done) const;

    /// Where an action stands on a day: done; overdue (due before today); due soon
    /// (due today or within dueSoonDays); otherwise open.
    static ActionStatus status(const Action& action, const QDate& today);

    /// A sentence on what is wrong with an action, or empty.
    static QString validate(const Action& action);

private:
    QSqlDatabase m_db;
    JournalChanges* m_changes = nullptr; ///< null for a part saved inside another store's transaction
};

} // namespace myfyrio
