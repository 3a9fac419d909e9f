#pragma once

#include "core/learning/sharedcard.h"
#include "core/util/expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace myfyrio {

class Database;
class JournalChanges;

/// Keeps the learning cards this journal wrote (table learning_card), the one
/// owner of those rows. Each write runs in its own transaction, or joins the
/// caller's, and is announced through JournalChanges::learningCardsChanged.
class SharedCardStore
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SharedCardStore)

public:
    explicit SharedCardStore(const Database& database);

    Expected<void> add(const SharedCard& card) const;
    Expected<void> markWithdrawn(const QString& cardId, const QDateTime& at) const;

    Expected<std::optional<SharedCard>> find(const QString& cardId) const;
    /// The cards of one reflection, the latest shared first.
    Expected<QVector<SharedCard>> ofReflection(const QString& reflectionId) const;
    /// Every card this journal shared, the latest first.
    Expected<QVector<SharedCard>> list() const;
    /// The full id of the card whose id starts with the given text, if exactly one does.
    Expected<QString> resolveId(const QString& idOrPrefix) const;

private:
    Expected<QVector<SharedCard>> select(const QString& where, const QVariantMap& values) const;

    QSqlDatabase m_db;
    JournalChanges* m_changes;
};

} // namespace myfyrio
