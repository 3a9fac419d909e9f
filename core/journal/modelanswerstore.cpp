#include "core/journal/modelanswerstore.h"

#include "core/storage/idbatches.h"
#include "core/storage/sql.h"

namespace myfyrio {

ModelAnswerStore::ModelAnswerStore(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<void> ModelAnswerStore::save(const QString& reflectionId, const QMap<QString, QString>& stored,
                                      const QMap<QString, QString>& answers) const
{
    // Only what changed is written, so the search index is touched as little as possible.
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!answers.value(it.key()).trimmed().isEmpty())
            continue;
        if (auto removed = sql::exec(m_db,
                                     QStringLiteral("DELETE FROM reflection_answer WHERE reflection_id = :id"
                                                    " AND prompt_code = :code"),
                                     {{QStringLiteral("id"), reflectionId}, {QStringLiteral("code"), it.key()}});
            !removed)
            return removed.failure();
    }
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (it.key().isEmpty() || it.value().trimmed().isEmpty() || stored.value(it.key()) == it.value())
            continue;
        if (auto written = sql::exec(m_db,
                                     QStringLiteral("INSERT INTO reflection_answer (reflection_id, prompt_code, text)"
                                                    " VALUES (:id, :code, :text) ON CONFLICT (reflection_id,"
                                                    " prompt_code) DO UPDATE SET text = excluded.text"),
                                     {{QStringLiteral("id"), reflectionId},
                                      {QStringLiteral("code"), it.key()},
                                      {QStringLiteral("text"), it.value()}});
            !written)
            return written.failure();
    }
    return {};
}

Expected<QMap<QString, QString>> ModelAnswerStore::answersOf(const QString& reflectionId) const
{
    auto query =
        sql::run(m_db, QStringLiteral("SELECT prompt_code, text FROM reflection_answer WHERE reflection_id = :id"),
                 {{QStringLiteral("id"), reflectionId}});
    if (!query)
        return query.failure();
    QMap<QString, QString> answers;
    while (query->next())
        answers.insert(query->value(0).toString(), query->value(1).toString());
    return answers;
}

Expected<QHash<QString, QMap<QString, QString>>> ModelAnswerStore::answersOf(const QStringList& reflectionIds) const
{
    QHash<QString, QMap<QString, QString>> answers;
    QString failure;
    sql::forIdBatches(reflectionIds, [&](const QString& in, const QVariantMap& values) {
        auto query = sql::run(
            m_db,
            QStringLiteral("SELECT reflection_id, prompt_code, text FROM reflection_answer WHERE reflection_id IN ")
                + in,
            values);
        if (!query) {
            failure = query.error();
            return false;
        }
        while (query->next())
            answers[query->value(0).toString()].insert(query->value(1).toString(), query->value(2).toString());
        return true;
    });
    if (!failure.isEmpty())
        return Failure{failure};
    return answers;
}

} // namespace myfyrio
