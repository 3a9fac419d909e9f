#include "core/revisit/annualreviewlookback.h"

#include "core/journal/modelanswerstore.h"
#include "core/models/modelcatalog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/util/timestamps.h"

namespace myfyrio {

AnnualReviewLookBack::AnnualReviewLookBack(const Database& database) : m_db(database.connection()) {}

AnnualReviewLookBack::AnnualReviewLookBack(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<std::optional<AnnualReviewLookBack::Previous>> AnnualReviewLookBack::find(const Reflection& current) const
{
    auto model = ModelCatalog(m_db).find(current.model);
    if (!model)
        return model.failure();
    if (!model->has_value())
        return std::optional<Previous>();
    QStringList codes;
    for (const ModelPrompt& prompt : (*model)->prompts) {
        if (prompt.lookBack)
            codes.append(prompt.code);
    }
    if (codes.isEmpty())
        return std::optional<Previous>();
    const QDate before = current.date.isValid() ? current.date : QDate::currentDate();
    auto query = sql::run(m_db,
                          QStringLiteral("SELECT id, title, entry_date FROM reflection WHERE model = :model"
                                         " AND id <> :id AND entry_date < :before AND dont_resurface = 0"
                                         " AND id IN (SELECT reflection_id FROM reflection_answer)"
                                         " ORDER BY entry_date DESC, created_at DESC"),
                          {{QStringLiteral("model"), current.model},
                           {QStringLiteral("id"), current.id},
                           {QStringLiteral("before"), timestamps::toStorage(before)}});
    if (!query)
        return query.failure();
    QVector<Previous> candidates;
    while (query->next()) {
        Previous previous;
        previous.reflectionId = query->value(0).toString();
        previous.title = query->value(1).toString();
        previous.date = timestamps::dateFromStorage(query->value(2).toString());
        candidates.append(previous);
    }
    query->finish();
    const ModelAnswerStore answers(m_db);
    for (Previous& previous : candidates) {
        auto stored = answers.answersOf(previous.reflectionId);
        if (!stored)
            return stored.failure();
        for (const QString& code : codes) {
            if (stored->contains(code))
                previous.answers.insert(code, stored->value(code));
        }
        if (!previous.answers.isEmpty())
            return std::optional<Previous>(previous);
    }
    return std::optional<Previous>();
}

} // namespace myfyrio
