#include "core/supervision/sessionstore.h"

#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/supervision/sectioncatalog.h"
#include "core/util/ids.h"
#include "core/util/timestamps.h"

#include <QSqlQuery>

namespace myfyrio {

SessionStore::SessionStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes()) {}

QString SessionStore::validate(const Session& s)
{
    if (s.agreementId.isEmpty())
        return tr("A session belongs to an agreement.");
    if (!s.date.isValid())
        return tr("A session needs a date.");
    if (!s.held && s.cancelReason.trimmed().isEmpty())
        return tr("Record why the session was cancelled.");
    for (const QString& f : s.functions) {
        if (!SectionCatalog::isFunction(f))
            //: %1 is what the person typed.
            return tr("“%1” is not one of the four functions of supervision.").arg(f);
    }
    for (const SessionAction& a : s.actions) {
        if (a.description.trimmed().isEmpty())
            return tr("Every action needs a description.");
        if (!SectionCatalog::isParty(a.owner))
            return tr("An action is owned by the supervisor or the supervisee.");
    }
    return {};
}

Expected<Session> SessionStore::save(Session s) const
{
    if (const QString problem = validate(s); !problem.isEmpty())
        return Failure{problem};
    // Only reflections brought to supervision, and the actions of those
    // reflections or of earlier sessions, may be on an agenda.
    for (const AgendaItem& item : s.agenda) {
        const bool isAction = item.kind == AgendaItem::Kind::Action;
        auto allowed = sql::scalar(
            m_db,
            isAction
                ? QStringLiteral("SELECT (SELECT count(*) FROM supervision_action WHERE id = :id)"
                                 " + (SELECT count(*) FROM reflection_action ra JOIN reflection r"
                                 "    ON r.id = ra.reflection_id WHERE ra.id = :id AND r.bring_to_supervision = 1)")
                : QStringLiteral("SELECT count(*) FROM reflection WHERE id = :id AND bring_to_supervision = 1"),
            {{QStringLiteral("id"), item.itemId}});
        if (!allowed)
            return allowed.failure();
        if (allowed->toInt() == 0)
            return Failure{tr("Only reflections marked “bring to supervision” can be on an agenda.")};
    }
    const QDateTime now = timestamps::nowUtc();
    const bool isNew = !s.isStored();
    if (isNew) {
        s.id = newId();
        s.created = now;
    }
    s.updated = now;
    if (s.held) {
        s.cancelReason.clear();
        s.rebooked = false;
    }
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.failure();
    QVariantMap values{{QStringLiteral("id"), s.id},
                       {QStringLiteral("agreement"), s.agreementId},
                       {QStringLiteral("date"), timestamps::toStorage(s.date)},
                       {QStringLiteral("status"), s.held ? QStringLiteral("held") : QStringLiteral("cancelled")},
                       {QStringLiteral("reason"), s.cancelReason.trimmed()},
                       {QStringLiteral("rebooked"), s.rebooked ? 1 : 0},
                       {QStringLiteral("notes"), s.notes},
                       {QStringLiteral("decisions"), s.decisions},
                       {QStringLiteral("created"), timestamps::toStorage(s.created)},
                       {QStringLiteral("updated"), timestamps::toStorage(s.updated)}};
    const QString statement =
        isNew ? QStringLiteral("INSERT INTO supervision_session (id, agreement_id, session_date, status, cancel_reason,"
                               " rebooked, notes, decisions, created_at, updated_at) VALUES (:id, :agreement, :date,"
                               " :status, :reason, :rebooked, :notes, :decisions, :created, :updated)")
              : QStringLiteral("UPDATE supervision_session SET session_date = :date, status = :status,"
                               " cancel_reason = :reason, rebooked = :rebooked, notes = :notes, decisions = :decisions,"
                               " updated_at = :updated WHERE id = :id AND agreement_id = :agreement");
    if (!isNew)
        values.remove(QStringLiteral("created"));
    if (auto done = sql::run(m_db, statement, values); !done)
        return done.failure();
    if (auto done = saveParts(s); !done)
        return done.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed.failure();
    if (m_changes)
        m_changes->sessionChanged(s.agreementId);
    return load(s.id);
}

Expected<void> SessionStore::saveParts(const Session& s) const
{
    const QVariantMap id{{QStringLiteral("id"), s.id}};
    for (const char* table : {"supervision_session_function", "supervision_agenda_item"}) {
        if (auto done =
                sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE session_id = :id").arg(QLatin1String(table)), id);
            !done)
            return done.failure();
    }
    for (const QString& f : s.functions) {
        if (auto done =
                sql::run(m_db,
                         QStringLiteral("INSERT OR IGNORE INTO supervision_session_function (session_id, function)"
                                        " VALUES (:id, :f)"),
                         {{QStringLiteral("id"), s.id}, {QStringLiteral("f"), f}});
            !done)
            return done.failure();
    }
    int position = 0;
    for (const AgendaItem& item : s.agenda) {
        if (auto done =
                sql::run(m_db,
                         QStringLiteral("INSERT INTO supervision_agenda_item (session_id, position, kind, item_id)"
                                        " VALUES (:id, :pos, :kind, :item)"),
                         {{QStringLiteral("id"), s.id},
                          {QStringLiteral("pos"), position++},
                          {QStringLiteral("kind"), AgendaItem::kindCode(item.kind)},
                          {QStringLiteral("item"), item.itemId}});
            !done)
            return done.failure();
    }
    // Actions: keep ids that remain, drop the ones removed from the session.
    QStringList keep;
    for (const SessionAction& a : s.actions) {
        if (!a.id.isEmpty())
            keep.append(a.id);
    }
    auto existing = sql::run(m_db, QStringLiteral("SELECT id FROM supervision_action WHERE session_id = :id"), id);
    if (!existing)
        return existing.failure();
    QStringList stale;
    while (existing->next()) {
        if (!keep.contains(existing->value(0).toString()))
            stale.append(existing->value(0).toString());
    }
    for (const QString& gone : stale) {
        if (auto done = sql::run(m_db, QStringLiteral("DELETE FROM supervision_action WHERE id = :id"),
                                 {{QStringLiteral("id"), gone}});
            !done)
            return done.failure();
    }
    for (const SessionAction& a : s.actions) {
        const QVariantMap values{{QStringLiteral("id"), a.id.isEmpty() ? newId() : a.id},
                                 {QStringLiteral("agreement"), s.agreementId},
                                 {QStringLiteral("session"), s.id},
                                 {QStringLiteral("description"), a.description.trimmed()},
                                 {QStringLiteral("owner"), a.owner},
                                 {QStringLiteral("due"), a.due.isValid() ? timestamps::toStorage(a.due) : QString()},
                                 {QStringLiteral("done"), a.done ? 1 : 0},
                                 {QStringLiteral("now"), timestamps::toStorage(timestamps::nowUtc())}};
        if (auto done = sql::run(m_db,
                                 QStringLiteral("INSERT INTO supervision_action (id, agreement_id, session_id,"
                                                " description, owner, due_date, done, created_at) VALUES (:id,"
                                                " :agreement, :session, :description, :owner, :due, :done, :now)"
                                                " ON CONFLICT (id) DO UPDATE SET description = :description,"
                                                " owner = :owner, due_date = :due, done = :done"),
                                 values);
            !done)
            return done.failure();
    }
    return {};
}

Expected<void> SessionStore::remove(const QString& sessionId) const
{
    auto agreement = sql::scalar(m_db, QStringLiteral("SELECT agreement_id FROM supervision_session WHERE id = :id"),
                                 {{QStringLiteral("id"), sessionId}});
    if (!agreement)
        return agreement.failure();
    auto done = sql::run(m_db, QStringLiteral("DELETE FROM supervision_session WHERE id = :id"),
                         {{QStringLiteral("id"), sessionId}});
    if (!done)
        return done.failure();
    if (m_changes && !agreement->isNull())
        m_changes->sessionChanged(agreement->toString());
    return {};
}

Expected<std::optional<Session>> SessionStore::find(const QString& sessionId) const
{
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM supervision_session WHERE id = :id"),
                             {{QStringLiteral("id"), sessionId}});
    if (!count)
        return count.failure();
    if (count->toInt() == 0)
        return std::optional<Session>();
    auto loaded = load(sessionId);
    if (!loaded)
        return loaded.failure();
    return std::optional<Session>(std::move(loaded).value());
}

Expected<QVector<Session>> SessionStore::list(const QString& agreementId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id FROM supervision_session WHERE agreement_id = :id"
                                         " ORDER BY session_date, created_at"),
                          {{QStringLiteral("id"), agreementId}});
    if (!query)
        return query.failure();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    QVector<Session> sessions;
    for (const QString& id : ids) {
        auto loaded = load(id);
        if (!loaded)
            return loaded.failure();
        sessions.append(std::move(loaded).value());
    }
    return sessions;
}

Expected<Session> SessionStore::load(const QString& sessionId) const
{
    const QVariantMap id{{QStringLiteral("id"), sessionId}};
    auto row = sql::run(m_db,
                        QStringLiteral("SELECT agreement_id, session_date, status, cancel_reason, rebooked, notes,"
                                       " decisions, created_at, updated_at FROM supervision_session WHERE id = :id"),
                        id);
    if (!row)
        return row.failure();
    if (!row->next())
        return Failure{tr("The session could not be found.")};
    Session s;
    s.id = sessionId;
    s.agreementId = row->value(0).toString();
    s.date = timestamps::dateFromStorage(row->value(1).toString());
    s.held = row->value(2).toString() == QLatin1String("held");
    s.cancelReason = row->value(3).toString();
    s.rebooked = row->value(4).toInt() != 0;
    s.notes = row->value(5).toString();
    s.decisions = row->value(6).toString();
    s.created = timestamps::timeFromStorage(row->value(7).toString());
    s.updated = timestamps::timeFromStorage(row->value(8).toString());

    auto functions =
        sql::run(m_db, QStringLiteral("SELECT function FROM supervision_session_function WHERE session_id = :id"), id);
    if (!functions)
        return functions.failure();
    while (functions->next())
        s.functions.append(functions->value(0).toString());
    QStringList ordered;
    for (const QString& code : SectionCatalog::functionCodes()) {
        if (s.functions.contains(code))
            ordered.append(code);
    }
    s.functions = ordered;

    // A reflection made private since leaves the agenda (privacy wins over the record).
    auto agenda =
        sql::run(m_db,
                 QStringLiteral("SELECT i.kind, i.item_id, coalesce(r.title, a.description, ra.text),"
                                " coalesce(r.entry_date, a.due_date, ra.due_date, '')"
                                " FROM supervision_agenda_item i"
                                " LEFT JOIN reflection r ON i.kind = 'reflection' AND r.id = i.item_id"
                                "  AND r.bring_to_supervision = 1"
                                " LEFT JOIN supervision_action a ON i.kind = 'action' AND a.id = i.item_id"
                                " LEFT JOIN reflection_action ra ON i.kind = 'action' AND ra.id = i.item_id"
                                "  AND ra.reflection_id IN (SELECT id FROM reflection WHERE bring_to_supervision = 1)"
                                " WHERE i.session_id = :id"
                                "  AND (r.id IS NOT NULL OR a.id IS NOT NULL OR ra.id IS NOT NULL)"
                                " ORDER BY i.position"),
                 id);
    if (!agenda)
        return agenda.failure();
    while (agenda->next()) {
        AgendaItem item;
        item.kind = agenda->value(0).toString() == QLatin1String("action") ? AgendaItem::Kind::Action
                                                                           : AgendaItem::Kind::Reflection;
        item.itemId = agenda->value(1).toString();
        item.title = agenda->value(2).toString();
        item.date = timestamps::dateFromStorage(agenda->value(3).toString());
        s.agenda.append(item);
    }

    auto actions = sql::run(m_db,
                            QStringLiteral("SELECT id, description, owner, due_date, done FROM supervision_action"
                                           " WHERE session_id = :id ORDER BY created_at, id"),
                            id);
    if (!actions)
        return actions.failure();
    while (actions->next()) {
        s.actions.append(SessionAction{
            actions->value(0).toString(), sessionId, actions->value(1).toString(), actions->value(2).toString(),
            timestamps::dateFromStorage(actions->value(3).toString()), actions->value(4).toInt() != 0});
    }
    return s;
}

Expected<QVector<SessionAction>> SessionStore::openActions(const QString& agreementId) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, session_id, description, owner, due_date FROM supervision_action"
                                         " WHERE agreement_id = :id AND done = 0"
                                         " ORDER BY due_date = '', due_date, created_at"),
                          {{QStringLiteral("id"), agreementId}});
    if (!query)
        return query.failure();
    QVector<SessionAction> actions;
    while (query->next()) {
        actions.append(SessionAction{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                     query->value(3).toString(),
                                     timestamps::dateFromStorage(query->value(4).toString()), false});
    }
    return actions;
}

Expected<QVector<AgendaItem>> SessionStore::agendaCandidates(const QString& agreementId) const
{
    QVector<AgendaItem> items;
    auto reflections = sql::run(m_db, QStringLiteral("SELECT id, title, entry_date FROM reflection"
                                                     " WHERE bring_to_supervision = 1"
                                                     " ORDER BY entry_date DESC, created_at DESC"));
    if (!reflections)
        return reflections.failure();
    while (reflections->next()) {
        items.append(AgendaItem{AgendaItem::Kind::Reflection, reflections->value(0).toString(),
                                reflections->value(1).toString(),
                                timestamps::dateFromStorage(reflections->value(2).toString())});
    }
    auto actions = openActions(agreementId);
    if (!actions)
        return actions.failure();
    for (const SessionAction& a : *actions)
        items.append(AgendaItem{AgendaItem::Kind::Action, a.id, a.description, a.due});
    // Open actions that follow from reflections brought to supervision (never private ones).
    auto reflectionActions =
        sql::run(m_db, QStringLiteral("SELECT ra.id, ra.text, ra.due_date FROM reflection_action ra"
                                      " JOIN reflection r ON r.id = ra.reflection_id"
                                      " WHERE ra.done = 0 AND r.bring_to_supervision = 1"
                                      " ORDER BY ra.due_date IS NULL, ra.due_date, r.entry_date DESC,"
                                      " ra.position"));
    if (!reflectionActions)
        return reflectionActions.failure();
    while (reflectionActions->next()) {
        items.append(AgendaItem{AgendaItem::Kind::Action, reflectionActions->value(0).toString(),
                                reflectionActions->value(1).toString(),
                                timestamps::dateFromStorage(reflectionActions->value(2).toString())});
    }
    return items;
}

Expected<void> SessionStore::setActionDone(const QString& actionId, bool done) const
{
    auto agreement = sql::scalar(m_db, QStringLiteral("SELECT agreement_id FROM supervision_action WHERE id = :id"),
                                 {{QStringLiteral("id"), actionId}});
    if (!agreement)
        return agreement.failure();
    auto result = sql::run(m_db, QStringLiteral("UPDATE supervision_action SET done = :done WHERE id = :id"),
                           {{QStringLiteral("done"), done ? 1 : 0}, {QStringLiteral("id"), actionId}});
    if (!result)
        return result.failure();
    if (m_changes && !agreement->isNull())
        m_changes->sessionChanged(agreement->toString());
    return {};
}

} // namespace myfyrio
