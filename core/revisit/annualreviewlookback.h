#pragma once

#include "core/journal/reflection.h"
#include "core/util/expected.h"

#include <QSqlDatabase>

#include <optional>

namespace myfyrio {

class Database;

/// Last time's answers to a model's look-back prompts ("What do I want to be saying at my
/// next annual review?"), to show beside this time's. Reflections marked "don't resurface"
/// are passed over.
class AnnualReviewLookBack
{
public:
    struct Previous {
        QString reflectionId;
        QString title;
        QDate date;
        QMap<QString, QString> answers; ///< look-back prompt code → last time's answer
    };

    explicit AnnualReviewLookBack(const Database& database);
    explicit AnnualReviewLookBack(QSqlDatabase db);

    /// The latest earlier reflection with the same model that answered any of its look-back
    /// prompts, dated before the given reflection; nothing when the model has no look-back prompts.
    Expected<std::optional<Previous>> find(const Reflection& current) const;

private:
    QSqlDatabase m_db;
};

} // namespace myfyrio
