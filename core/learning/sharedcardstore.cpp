#include "core/learning/sharedcardstore.h"

#include "core/storage/database.h"
#include "core/storage/journalchanges.h"
#include "core/storage/scopedtransaction.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

SharedCardStore::SharedCardStore(const Database& database) : m_db(database.connection()), m_changes(&database.changes())
{}

Expected<void> SharedCardStore::add(const SharedCard& card) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO learning_card (id, reflection_id, folder, title, shared_at,"
                                            " withdrawn_at) VALUES (:id, :reflection, :folder, :title, :shared,"
                                            " :withdrawn)"),
                             {{QStringLiteral("id"), card.id},
                              {QStringLiteral("reflection"), card.reflectionId},
                              {QStringLiteral("folder"), card.folder},
                              {QStringLiteral("title"), card.title},
                              {QStringLiteral("shared"), timestamps::toStorage(card.sharedAt)},
                              {QStringLiteral("withdrawn"),
                               card.isWithdrawn() ? QVariant(timestamps::toStorage(card.withdrawnAt)) : QVariant()}});
    if (!inserted)
        return inserted.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_changes->learningCardsChangedOf(card.reflectionId);
    return {};
}

Expected<void> SharedCardStore::markWithdrawn(const QString& cardId, const QDateTime& at) const
{
    ScopedTransaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto reflection = sql::scalar(m_db, QStringLiteral("SELECT reflection_id FROM learning_card WHERE id = :id"),
                                  {{QStringLiteral("id"), cardId}});
    if (!reflection)
        return reflection.failure();
    if (reflection->isNull())
        //: %1 is a card's id.
        return Failure{tr("This journal did not share a card with the id “%1”.").arg(cardId), FailureCode::gone};
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE learning_card SET withdrawn_at = :at WHERE id = :id"
                                           " AND withdrawn_at IS NULL"),
                            {{QStringLiteral("id"), cardId}, {QStringLiteral("at"), timestamps::toStorage(at)}});
    if (!updated)
        return updated.failure();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_changes->learningCardsChangedOf(reflection->toString());
    return {};
}

Expected<QVector<SharedCard>> SharedCardStore::select(const QString& where, const QVariantMap& values) const
{
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, reflection_id, folder, title, shared_at, withdrawn_at"
                                         " FROM learning_card ")
                              + where + QStringLiteral(" ORDER BY shared_at DESC, id"),
                          values);
    if (!query)
        return query.failure();
    QVector<SharedCard> cards;
    while (query->next()) {
        SharedCard card;
        card.id = query->value(0).toString();
        card.reflectionId = query->value(1).toString();
        card.folder = query->value(2).toString();
        card.title = query->value(3).toString();
        card.sharedAt = timestamps::timeFromStorage(query->value(4).toString());
        if (!query->value(5).isNull())
            card.withdrawnAt = timestamps::timeFromStorage(query->value(5).toString());
        cards.append(card);
    }
    return cards;
}

Expected<std::optional<SharedCard>> SharedCardStore::find(const QString& cardId) const
{
    auto found = select(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), cardId}});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return std::optional<SharedCard>();
    return std::optional<SharedCard>(found->constFirst());
}

Expected<QVector<SharedCard>> SharedCardStore::ofReflection(const QString& reflectionId) const
{
    return select(QStringLiteral("WHERE reflection_id = :id"), {{QStringLiteral("id"), reflectionId}});
}

Expected<QVector<SharedCard>> SharedCardStore::list() const
{
    return select({}, {});
}

Expected<QString> SharedCardStore::resolveId(const QString& idOrPrefix) const
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    auto all = list();
    if (!all)
        return all.failure();
    QStringList matches;
    for (const SharedCard& card : *all) {
        if (card.id == wanted)
            return card.id;
        if (!wanted.isEmpty() && card.id.startsWith(wanted))
            matches << card.id;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1)
        //: %1 is the start of a card id the user typed.
        return Failure{tr("More than one card's id starts with “%1”: give more of it.").arg(idOrPrefix)};
    //: %1 is a card's id.
    return Failure{tr("This journal did not share a card with the id “%1”.").arg(idOrPrefix), FailureCode::gone};
}

} // namespace myfyrio
