#include "core/journal/modelanswerstore.h"

#include "core/journal/systemscale.h"
#include "core/models/modelcatalog.h"
#include "core/storage/sql.h"

namespace myfyrio {

ModelAnswerStore::ModelAnswerStore(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<void> ModelAnswerStore::save(const Reflection& reflection) const
{
    const QString model = reflection.model.isEmpty() ? ReflectiveModel::freeWritingCode() : reflection.model;
    auto found = ModelCatalog(m_db).find(model);
    if (!found)
        return found.failure();
    if (!found->has_value())
        return Failure{tr("The reflective model “%1” is not in this journal.").arg(model)};
    if (!reflection.scale.isEmpty() && !SystemScale::isCode(reflection.scale))
        return Failure{
            tr("“%1” is not a system scale: use person, organisation, place or country.").arg(reflection.scale)};

    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE reflection SET model = :model, scale = :scale,"
                                           " dont_resurface = :dont WHERE id = :id"),
                            {{QStringLiteral("id"), reflection.id},
                             {QStringLiteral("model"), model},
                             {QStringLiteral("scale"), reflection.scale.isEmpty() ? QVariant() : reflection.scale},
                             {QStringLiteral("dont"), reflection.dontResurface ? 1 : 0}});
    if (!updated)
        return updated.failure();

    auto stored = answersOf(reflection.id);
    if (!stored)
        return stored.failure();
    // Only what changed is written, so the search index is touched as little as possible.
    for (auto it = stored->constBegin(); it != stored->constEnd(); ++it) {
        if (!reflection.answers.value(it.key()).trimmed().isEmpty())
            continue;
        if (auto removed = sql::run(m_db,
                                    QStringLiteral("DELETE FROM reflection_answer WHERE reflection_id = :id"
                                                   " AND prompt_code = :code"),
                                    {{QStringLiteral("id"), reflection.id}, {QStringLiteral("code"), it.key()}});
            !removed)
            return removed.failure();
    }
    for (auto it = reflection.answers.constBegin(); it != reflection.answers.constEnd(); ++it) {
        if (it.key().isEmpty() || it.value().trimmed().isEmpty() || stored->value(it.key()) == it.value())
            continue;
        if (auto written = sql::run(m_db,
                                    QStringLiteral("INSERT INTO reflection_answer (reflection_id, prompt_code, text)"
                                                   " VALUES (:id, :code, :text) ON CONFLICT (reflection_id,"
                                                   " prompt_code) DO UPDATE SET text = excluded.text"),
                                    {{QStringLiteral("id"), reflection.id},
                                     {QStringLiteral("code"), it.key()},
                                     {QStringLiteral("text"), it.value()}});
            !written)
            return written.failure();
    }
    return {};
}

Expected<void> ModelAnswerStore::load(Reflection& reflection) const
{
    auto query = sql::run(m_db, QStringLiteral("SELECT model, scale, dont_resurface FROM reflection WHERE id = :id"),
                          {{QStringLiteral("id"), reflection.id}});
    if (!query)
        return query.failure();
    if (query->next()) {
        reflection.model = query->value(0).toString();
        reflection.scale = query->value(1).toString();
        reflection.dontResurface = query->value(2).toInt() != 0;
    }
    query->finish();
    auto answers = answersOf(reflection.id);
    if (!answers)
        return answers.failure();
    reflection.answers = std::move(answers).value();
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

} // namespace myfyrio
