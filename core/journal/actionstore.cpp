#include "core/journal/actionstore.h"

#include "core/storage/database.h"
#include "core/storage/idbatches.h"
#include "core/storage/journalchanges.h"
#include "core/storage/sql.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QHash>

#include <algorithm>

namespace myfyrio {

namespace {

const QString actionColumns = QStringLiteral("a.id, a.text, a.due_date, a.done, a.done_at, a.created_at");

Action actionFrom(const QSqlQuery& query)
{
    Action action;
    action.id = query.value(0).toString();
    action.text = query.value(1).toString();
    action.due = timestamps::dateFromStorage(query.value(2).toString());
    action.done = query.value(3).toInt() != 0;
    action.doneAt = timestamps::timeFromStorage(query.value(4).toString());
    action.created = timestamps::timeFromStorage(query.value(5).toString());
    return action;
}

int rank(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Overdue:
        return 0;
    case ActionStatus::DueSoon:
        return 1;
    case ActionStatus::Open:
        return 2;
    case ActionStatus::Done:
        return 3;
    }
    return 3;
}

} // namespace

ActionStore::ActionStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes()) {}

ActionStore::ActionStore(QSqlDatabase db) : m_db(std::move(db)) {}

void ActionStore::prepare(QVector<Action>& actions)
{
    const QDateTime now = timestamps::nowUtc();
    for (Action& action : actions) {
        if (action.id.isEmpty())
            action.id = newId();
        if (!action.created.isValid())
            action.created = now;
        if (action.done && !action.doneAt.isValid())
            action.doneAt = now;
        if (!action.done)
            action.doneAt = {};
    }
}

QString ActionStore::validate(const Action& action)
{
    if (action.text.trimmed().isEmpty())
        return tr("An action needs some text saying what is to be done.");
    if (action.due.isValid() && (action.due.year() < 1900 || action.due.year() > 9999))
        //: %1 is a date.
        return tr("The due date %1 is outside the years 1900 to 9999.").arg(timestamps::toStorage(action.due));
    return {};
}

Expected<void> ActionStore::save(const QString& reflectionId, const QVector<Action>& stored,
                                 const QVector<Action>& actions) const
{
    QVector<Action> prepared = actions;
    prepare(prepared);
    QHash<QString, int> wanted;
    for (int i = 0; i < prepared.size(); ++i) {
        if (const QString problem = validate(prepared.at(i)); !problem.isEmpty())
            return Failure{problem};
        wanted.insert(prepared.at(i).id, i);
    }
    QHash<QString, int> had;
    for (int i = 0; i < stored.size(); ++i)
        had.insert(stored.at(i).id, i);
    for (const Action& old : stored) {
        if (wanted.contains(old.id))
            continue;
        if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM reflection_action WHERE id = :id"),
                                     {{QStringLiteral("id"), old.id}});
            !removed)
            return removed.failure();
    }
    const QString now = timestamps::toStorage(timestamps::nowUtc());
    for (int i = 0; i < prepared.size(); ++i) {
        const Action& action = prepared.at(i);
        const auto before = had.constFind(action.id);
        // Only what changed is written: an untouched action keeps its row as it is.
        if (before != had.cend() && before.value() == i && stored.at(i) == action
            && stored.at(i).doneAt == action.doneAt)
            continue;
        auto written = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO reflection_action (id, reflection_id, position, text, due_date, done, done_at,"
                           " created_at, updated_at) VALUES (:id, :reflection, :position, :text, :due, :done,"
                           " :doneAt, :created, :now) ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                           " text = excluded.text, due_date = excluded.due_date, done = excluded.done,"
                           " done_at = excluded.done_at, updated_at = excluded.updated_at"
                           " WHERE reflection_action.reflection_id = excluded.reflection_id"),
            {{QStringLiteral("id"), action.id},
             {QStringLiteral("reflection"), reflectionId},
             {QStringLiteral("position"), i},
             {QStringLiteral("text"), action.text.trimmed()},
             {QStringLiteral("due"), action.due.isValid() ? timestamps::toStorage(action.due) : QVariant()},
             {QStringLiteral("done"), action.done ? 1 : 0},
             {QStringLiteral("doneAt"), action.doneAt.isValid() ? timestamps::toStorage(action.doneAt) : QVariant()},
             {QStringLiteral("created"), timestamps::toStorage(action.created)},
             {QStringLiteral("now"), now}});
        if (!written)
            return written.failure();
    }
    return {};
}

Expected<QVector<Action>> ActionStore::actionsOf(const QString& reflectionId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT ") + actionColumns
                              + QStringLiteral(" FROM reflection_action a WHERE a.reflection_id = :id"
                                               " ORDER BY a.position, a.created_at"),
                          {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    QVector<Action> actions;
    while (query->next())
        actions.append(actionFrom(*query));
    return actions;
}

Expected<QHash<QString, QVector<Action>>> ActionStore::actionsOf(const QStringList& reflectionIds) const
{
    QHash<QString, QVector<Action>> actions;
    QString failure;
    sql::forIdBatches(reflectionIds, [&](const QString& in, const QVariantMap& values) {
        auto query =
            sql::run(m_db,
                     QStringLiteral("SELECT ") + actionColumns
                         + QStringLiteral(", a.reflection_id FROM reflection_action a WHERE a.reflection_id IN ") + in
                         + QStringLiteral(" ORDER BY a.reflection_id, a.position, a.created_at"),
                     values);
        if (!query) {
            failure = query.error();
            return false;
        }
        while (query->next())
            actions[query->value(6).toString()].append(actionFrom(*query));
        return true;
    });
    if (!failure.isEmpty())
        return Failure{failure};
    return actions;
}

Expected<QVector<ActionItem>> ActionStore::list(const QDate& today, bool includeDone) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT ") + actionColumns
                                    + QStringLiteral(", r.id, r.title, r.entry_date FROM reflection_action a"
                                                     " JOIN reflection r ON r.id = a.reflection_id")
                                    + (includeDone ? QString() : QStringLiteral(" WHERE a.done = 0")));
    if (!query)
        return query.failure();
    QVector<ActionItem> items;
    while (query->next()) {
        ActionItem item;
        item.action = actionFrom(*query);
        item.reflectionId = query->value(6).toString();
        item.reflectionTitle = query->value(7).toString();
        item.reflectionDate = timestamps::dateFromStorage(query->value(8).toString());
        item.status = status(item.action, today);
        items.append(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(), [](const ActionItem& a, const ActionItem& b) {
        if (rank(a.status) != rank(b.status))
            return rank(a.status) < rank(b.status);
        if (a.action.due.isValid() != b.action.due.isValid())
            return a.action.due.isValid();
        if (a.action.due != b.action.due)
            return a.action.due < b.action.due;
        if (a.reflectionDate != b.reflectionDate)
            return a.reflectionDate > b.reflectionDate;
        return a.action.created < b.action.created;
    });
    return items;
}

Expected<void> ActionStore::setDone(const QString& actionId, bool done) const
{
    auto owner = sql::scalar(m_db, QStringLiteral("SELECT reflection_id FROM reflection_action WHERE id = :id"),
                             {{QStringLiteral("id"), actionId}});
    if (!owner)
        return owner.failure();
    const QString now = timestamps::toStorage(timestamps::nowUtc());
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE reflection_action SET done = :done, updated_at = :now,"
                                            " done_at = CASE WHEN :ticked = 1 THEN coalesce(done_at, :doneAt) END"
                                            " WHERE id = :id"),
                             {{QStringLiteral("id"), actionId},
                              {QStringLiteral("done"), done ? 1 : 0},
                              {QStringLiteral("ticked"), done ? 1 : 0},
                              {QStringLiteral("now"), now},
                              {QStringLiteral("doneAt"), now}});
    if (!updated)
        return updated.failure();
    if (*updated == 0)
        return Failure{tr("The action is no longer in the journal.")};
    if (m_changes)
        m_changes->actionsChangedOf(owner->toString());
    return {};
}

ActionStatus ActionStore::status(const Action& action, const QDate& today)
{
    if (action.done)
        return ActionStatus::Done;
    if (!action.due.isValid())
        return ActionStatus::Open;
    if (action.due < today)
        return ActionStatus::Overdue;
    if (action.due <= today.addDays(dueSoonDays))
        return ActionStatus::DueSoon;
    return ActionStatus::Open;
}

} // namespace myfyrio
